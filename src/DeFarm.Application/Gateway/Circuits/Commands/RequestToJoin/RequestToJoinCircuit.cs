using DeFarm.Application.Notifications;
using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Gateway.Circuits.Commands.RequestToJoin;

/// <summary>
/// Asks to join a circuit the caller can see (a public one), as the engines join request: refused for members
/// and while a request of the caller is pending; those who may decide are notified.
/// </summary>
public sealed record RequestToJoinCircuitCommand(string CircuitId) : ICommand<GatewayJoinRequest>, IRetryOnConcurrentUpdate;

internal sealed class RequestToJoinCircuitCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    Notifier notifications,
    TimeProvider clock) : ICommandHandler<RequestToJoinCircuitCommand, GatewayJoinRequest>
{
    public async ValueTask<GatewayJoinRequest> Handle(RequestToJoinCircuitCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadLiveForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.View, now, cancellationToken);
        var request = JoinRequestFlow.Submit(circuit, caller.Id, message: null, notifications, now);
        return GatewayJoinRequest.From(circuit, request);
    }
}
