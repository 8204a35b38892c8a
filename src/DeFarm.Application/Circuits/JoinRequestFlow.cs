using DeFarm.Application.Notifications;
using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Circuits;

/// <summary>
/// The steps of a join request every route shares (engines and gateway): the circuit's change, the rule that
/// nobody grants more than they hold, and the notifications. Who may call each step is checked before.
/// </summary>
internal static class JoinRequestFlow
{
    /// <summary>Files the request and tells the owner and every member who may decide on it.</summary>
    public static JoinRequest Submit(
        Circuit circuit, string requesterId, string? message, Notifier notifications, DateTimeOffset now)
    {
        var request = circuit.SubmitJoinRequest(requesterId, message, now);
        CircuitNotifications.JoinRequested(notifications, circuit, request, now);
        return request;
    }

    /// <summary>Admits the requester with the role's default permissions, all of which the approver must hold.</summary>
    public static CircuitMember Approve(
        Circuit circuit, string approverId, string requesterId, MemberRole role, Notifier notifications,
        DateTimeOffset now)
    {
        CircuitAccess.EnsureMayGrant(circuit, approverId, CircuitPermissions.DefaultsFor(role));
        var member = circuit.ApproveJoinRequest(requesterId, role, approverId, now);
        CircuitNotifications.JoinApproved(notifications, circuit, member, now);
        return member;
    }

    public static void Reject(
        Circuit circuit, string rejecterId, string requesterId, Notifier notifications, DateTimeOffset now)
    {
        circuit.RejectJoinRequest(requesterId, rejecterId, now);
        CircuitNotifications.JoinRejected(notifications, circuit, requesterId, now);
    }
}
