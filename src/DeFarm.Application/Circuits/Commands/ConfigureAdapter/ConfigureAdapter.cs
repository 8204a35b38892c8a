using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Notifications;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.ConfigureAdapter;

/// <summary>
/// Sets the circuit's storage adapter (<c>null</c> clears it); flags not given keep their value. Needs
/// ManagePermissions (or ownership) and a tier that includes the adapter (engines-api.md §3.7). Every member is
/// notified.
/// </summary>
public sealed record ConfigureAdapterCommand : ICommand<CircuitAdapterResponse>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string? AdapterType { get; init; }
    public bool? AutoMigrateExisting { get; init; }
    public bool? RequiresApproval { get; init; }
    public bool? SponsorAdapterAccess { get; init; }
}

internal sealed class ConfigureAdapterCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    Notifier notifications,
    TimeProvider clock) : ICommandHandler<ConfigureAdapterCommand, CircuitAdapterResponse>
{
    public async ValueTask<CircuitAdapterResponse> Handle(ConfigureAdapterCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.ConfigureAdapter, now, cancellationToken);
        CircuitAdapterChanges.Apply(
            circuit, AdapterTypes.ParseAvailableTo(command.AdapterType, caller.Tier), caller, notifications, now,
            command.RequiresApproval, command.AutoMigrateExisting, command.SponsorAdapterAccess);
        return CircuitAdapterResponse.From(circuit, unsetAsNone: false);
    }
}
