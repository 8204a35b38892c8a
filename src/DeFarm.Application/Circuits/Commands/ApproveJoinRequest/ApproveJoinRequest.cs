using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Notifications;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.ApproveJoinRequest;

/// <summary>
/// Approves a pending join request: the requester becomes a member with the role's default permissions
/// (Member when no role is given) and is notified. The approver is the caller (decision 14) and needs
/// ManageMembers and every permission of the role.
/// </summary>
public sealed record ApproveJoinRequestCommand : ICommand<CircuitResponse>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string RequesterId { get; init; } = string.Empty;
    public string? Role { get; init; }
}

internal sealed class ApproveJoinRequestCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    Notifier notifications,
    TimeProvider clock) : ICommandHandler<ApproveJoinRequestCommand, CircuitResponse>
{
    public async ValueTask<CircuitResponse> Handle(ApproveJoinRequestCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var role = command.Role is null ? MemberRole.Member : CircuitText.ParseRole(command.Role);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.ManageJoinRequests, now, cancellationToken);
        JoinRequestFlow.Approve(circuit, caller.Id, command.RequesterId, role, notifications, now);
        return CircuitResponse.From(circuit, caller.Id);
    }
}
