using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Notifications;
using DeFarm.Application.Gateway.Circuits;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.RemoveCircuitAdapter;

/// <summary>
/// Removes the circuit's adapter named by its panel id (ADR-018): pushes store nothing from then on; what was
/// stored stays in the items' storage histories. Needs ManagePermissions (or ownership); 404 for another adapter.
/// </summary>
public sealed record RemoveCircuitAdapterCommand(string CircuitId, string AdapterId) : ICommand, IRetryOnConcurrentUpdate;

internal sealed class RemoveCircuitAdapterCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    Notifier notifications,
    TimeProvider clock) : ICommandHandler<RemoveCircuitAdapterCommand>
{
    public async ValueTask<Unit> Handle(RemoveCircuitAdapterCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.ConfigureAdapter, now, cancellationToken);
        GatewayCircuitAdapter.Find(circuit, command.AdapterId);
        CircuitAdapterChanges.Apply(circuit, adapterType: null, caller, notifications, now);
        return Unit.Value;
    }
}
