using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Notifications;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.RejectJoinRequest;

/// <summary>Rejects a pending join request and notifies the requester; needs ManageMembers.</summary>
public sealed record RejectJoinRequestCommand(string CircuitId, string RequesterId)
    : ICommand<CircuitResponse>, IRetryOnConcurrentUpdate;

internal sealed class RejectJoinRequestCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    Notifier notifications,
    TimeProvider clock) : ICommandHandler<RejectJoinRequestCommand, CircuitResponse>
{
    public async ValueTask<CircuitResponse> Handle(RejectJoinRequestCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.ManageJoinRequests, now, cancellationToken);
        JoinRequestFlow.Reject(circuit, caller.Id, command.RequesterId, notifications, now);
        return CircuitResponse.From(circuit, caller.Id);
    }
}
