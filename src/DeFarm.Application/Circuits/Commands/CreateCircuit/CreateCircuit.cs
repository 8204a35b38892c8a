using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.CreateCircuit;

/// <summary>
/// Creates a circuit owned by the caller, with the optional adapter, alias and public settings, in one
/// transaction: a refused adapter (tier) or invalid settings store nothing. The caller's tier caps their active
/// circuits (decision 19).
/// </summary>
public sealed record CreateCircuitCommand : ICommand<CircuitResponse>, IRetryOnConcurrentUpdate
{
    public string Name { get; init; } = string.Empty;
    public string? Description { get; init; }
    public AdapterConfigRequest? AdapterConfig { get; init; }
    public AliasConfigRequest? AliasConfig { get; init; }
    public bool? AllowPublicVisibility { get; init; }
    public PublicSettingsRequest? PublicSettings { get; init; }
    public bool? RequireApprovalForPush { get; init; }
    public bool? RequireApprovalForPull { get; init; }
}

/// <summary>The adapter part of a create request.</summary>
public sealed record AdapterConfigRequest
{
    public string? AdapterType { get; init; }
    public bool? RequiresApproval { get; init; }
    public bool? AutoMigrateExisting { get; init; }
    public bool? SponsorAdapterAccess { get; init; }
}

/// <summary><c>CircuitAliasConfig</c> (engines-api.md §1.1): every field but <c>allowed_namespaces</c> is required.</summary>
public sealed record AliasConfigRequest
{
    public IReadOnlyList<string>? RequiredCanonical { get; init; }
    public IReadOnlyList<string>? RequiredContextual { get; init; }
    public bool? UseFingerprint { get; init; }
    public IReadOnlyList<string>? AllowedNamespaces { get; init; }
    public bool? AutoApplyNamespace { get; init; }

    public CircuitAliasConfig ToConfig() => new(
        RequiredCanonical!, RequiredContextual!, UseFingerprint!.Value, AllowedNamespaces, AutoApplyNamespace!.Value);
}

internal sealed class CreateCircuitCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    IPasswordHasher passwordHasher,
    TimeProvider clock) : ICommandHandler<CreateCircuitCommand, CircuitResponse>
{
    public async ValueTask<CircuitResponse> Handle(CreateCircuitCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        await CircuitTierLimit.EnsureRoomForAnotherAsync(caller, circuits, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = Circuit.Create(command.Name, command.Description ?? string.Empty, caller.Id, now);
        circuit.Update(
            name: null, description: null, command.RequireApprovalForPush, command.RequireApprovalForPull,
            command.AllowPublicVisibility, now);
        if (command.AliasConfig is { } aliases)
        {
            circuit.ConfigureAliases(aliases.ToConfig(), now);
        }

        if (command.AdapterConfig is { } adapter)
        {
            circuit.ConfigureAdapter(
                AdapterTypes.ParseAvailableTo(adapter.AdapterType, caller.Tier), adapter.RequiresApproval ?? false,
                adapter.AutoMigrateExisting ?? false, adapter.SponsorAdapterAccess ?? false, caller.Id, now);
        }

        if (command.PublicSettings is { } settings)
        {
            var profile = settings.ToProfile(hasStoredPassword: false);
            circuit.SetInitialPublicSettings(profile, HashOf(settings.AccessPassword), now);
        }

        circuits.Add(circuit);
        return CircuitResponse.From(circuit, caller.Id);
    }

    private string? HashOf(string? password) => string.IsNullOrEmpty(password) ? null : passwordHasher.Hash(password);
}
