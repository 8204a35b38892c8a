using DeFarm.Application.Notifications;
using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Gateway.Circuits.Commands.DecideJoinRequest;

/// <summary>
/// Approves (the requester joins with <see cref="Role"/>, Member by default) or rejects a pending join request,
/// named by its id, with the engines rules: ManageMembers, and every permission of the role held by the caller.
/// A request of another circuit is 404; one already decided is 409.
/// </summary>
public sealed record DecideJoinRequestCommand : ICommand<GatewayJoinRequest>, IRetryOnConcurrentUpdate
{
    public const string Approve = "approve";
    public const string Reject = "reject";

    public string CircuitId { get; init; } = string.Empty;
    public string RequestId { get; init; } = string.Empty;
    public string Action { get; init; } = string.Empty;
    public string? Role { get; init; }
}

internal sealed class DecideJoinRequestCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    Notifier notifications,
    TimeProvider clock) : ICommandHandler<DecideJoinRequestCommand, GatewayJoinRequest>
{
    public async ValueTask<GatewayJoinRequest> Handle(DecideJoinRequestCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadLiveForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.ManageJoinRequests, now, cancellationToken);
        var request = (Guid.TryParse(command.RequestId, out var requestId) ? circuit.JoinRequestWithId(requestId) : null)
            ?? throw CircuitErrors.JoinRequestNotFound();
        if (!request.IsPending)
        {
            throw CircuitErrors.JoinRequestDecided();
        }

        if (string.Equals(command.Action.Trim(), DecideJoinRequestCommand.Approve, StringComparison.OrdinalIgnoreCase))
        {
            var role = command.Role is null ? MemberRole.Member : CircuitText.ParseRole(command.Role);
            JoinRequestFlow.Approve(circuit, caller.Id, request.RequesterId, role, notifications, now);
        }
        else
        {
            JoinRequestFlow.Reject(circuit, caller.Id, request.RequesterId, notifications, now);
        }

        return GatewayJoinRequest.From(circuit, request);
    }
}
