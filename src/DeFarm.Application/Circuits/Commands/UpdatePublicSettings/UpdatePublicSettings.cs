using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.UpdatePublicSettings;

/// <summary>
/// Replaces the public settings (engines-api.md §3.8) and opens the circuit to the public; <c>public_since</c>
/// is stamped once. Only items the circuit holds can be published. The password is stored hashed; a protected
/// circuit keeps its password when none is sent. Needs ManagePermissions (or ownership).
/// </summary>
public sealed record UpdatePublicSettingsCommand : ICommand<SuccessData<CircuitResponse>>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public PublicSettingsRequest PublicSettings { get; init; } = new();
}

internal sealed class UpdatePublicSettingsCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    ICircuitItemRepository circuitItems,
    IPasswordHasher passwordHasher,
    TimeProvider clock) : ICommandHandler<UpdatePublicSettingsCommand, SuccessData<CircuitResponse>>
{
    public async ValueTask<SuccessData<CircuitResponse>> Handle(
        UpdatePublicSettingsCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.UpdatePublicSettings, now, cancellationToken);
        var settings = command.PublicSettings;
        var storedHash = circuit.PublicSettings?.AccessPasswordHash;
        var profile = settings.ToProfile(hasStoredPassword: storedHash is not null);
        var published = settings.PublishedItems?.Select(d => d.Trim()).Distinct().ToList() ?? [];
        var held = await circuitItems.FindHeldAsync(circuit.Id, published, cancellationToken);
        var hash = string.IsNullOrEmpty(settings.AccessPassword) ? storedHash : passwordHasher.Hash(settings.AccessPassword);
        circuit.ReplacePublicSettings(profile, hash, published, held, now);
        return SuccessData<CircuitResponse>.Of(CircuitResponse.From(circuit, caller.Id));
    }
}
