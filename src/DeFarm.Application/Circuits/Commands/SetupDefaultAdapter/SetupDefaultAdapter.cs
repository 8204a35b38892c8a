using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Notifications;
using DeFarm.Application.Gateway.Circuits;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.SetupDefaultAdapter;

/// <summary>
/// The front end's "default setup" of a circuit's adapter (ADR-018): a circuit with no adapter gets
/// <c>ipfs-ipfs</c>, the adapter this deployment stores with and every tier may use; an adapter already chosen is
/// kept. Needs ManagePermissions (or ownership), as every adapter change. Answers the panel list.
/// </summary>
public sealed record SetupDefaultAdapterCommand(string CircuitId)
    : ICommand<IReadOnlyList<GatewayCircuitAdapter>>, IRetryOnConcurrentUpdate
{
    public static readonly CircuitAdapterType DefaultAdapter = CircuitAdapterType.IpfsIpfs;
}

internal sealed class SetupDefaultAdapterCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    Notifier notifications,
    TimeProvider clock) : ICommandHandler<SetupDefaultAdapterCommand, IReadOnlyList<GatewayCircuitAdapter>>
{
    public async ValueTask<IReadOnlyList<GatewayCircuitAdapter>> Handle(
        SetupDefaultAdapterCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.ConfigureAdapter, now, cancellationToken);
        if (GatewayCircuitAdapter.ListOf(circuit).Count == 0)
        {
            var adapterType = AdapterTypes.ParseAvailableTo(SetupDefaultAdapterCommand.DefaultAdapter.Name, caller.Tier);
            CircuitAdapterChanges.Apply(circuit, adapterType, caller, notifications, now);
        }

        return GatewayCircuitAdapter.ListOf(circuit);
    }
}
