using System.Text.Json.Nodes;
using DeFarm.Application.Notifications;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Notifications;

namespace DeFarm.Application.Circuits;

/// <summary>
/// The notifications circuits write (engines-api.md §3.7): a join request or a push awaiting approval goes to
/// the owner and every member who may decide on it, the decision to the requester, an adapter change to every
/// member.
/// </summary>
internal static class CircuitNotifications
{
    public static void JoinRequested(
        Notifier notifications, Circuit circuit, JoinRequest request, DateTimeOffset now)
    {
        foreach (var userId in DecidersOf(circuit))
        {
            notifications.Send(Notification.Create(
                userId, NotificationType.JoinRequestReceived, "New join request",
                $"{request.RequesterId} asked to join {circuit.Name}",
                Data(circuit, new JsonObject { ["requester_id"] = request.RequesterId, ["message"] = request.Message }), now));
        }
    }

    public static void JoinApproved(
        Notifier notifications, Circuit circuit, CircuitMember member, DateTimeOffset now) =>
        notifications.Send(Notification.Create(
            member.MemberId, NotificationType.JoinRequestApproved, "Join request approved",
            $"Your request to join {circuit.Name} was approved",
            Data(circuit, new JsonObject { ["role"] = member.Role.ToString() }), now));

    public static void JoinRejected(
        Notifier notifications, Circuit circuit, string requesterId, DateTimeOffset now) =>
        notifications.Send(Notification.Create(
            requesterId, NotificationType.JoinRequestRejected, "Join request rejected",
            $"Your request to join {circuit.Name} was rejected", Data(circuit), now));

    public static void AdapterConfigured(
        Notifier notifications, Circuit circuit, CircuitAdapterConfig config, DateTimeOffset now)
    {
        foreach (var member in circuit.Members)
        {
            notifications.Send(Notification.Create(
                member.MemberId, NotificationType.CircuitAdapterConfigUpdated, "Circuit adapter updated",
                $"The storage adapter of {circuit.Name} is now {config.AdapterType?.Name ?? CircuitAdapterType.None.Name}",
                Data(circuit, new JsonObject
                {
                    ["adapter_type"] = config.AdapterType?.Name,
                    ["sponsor_adapter_access"] = config.SponsorAdapterAccess,
                    ["configured_by"] = config.ConfiguredBy,
                }),
                now));
        }
    }

    /// <summary>A push waits for approval: the owner and every member who may decide are told.</summary>
    public static void PushAwaitsApproval(
        Notifier notifications, Circuit circuit, CircuitOperation operation, DateTimeOffset now)
    {
        foreach (var userId in DecidersOf(circuit))
        {
            notifications.Send(Notification.Create(
                userId, NotificationType.CircuitItemPendingApproval, "Item awaiting approval",
                $"{operation.RequesterId} pushed {operation.Dfid} to {circuit.Name}", Data(circuit, OperationData(operation)), now));
        }
    }

    /// <summary>A pending operation was approved or rejected: its requester is told.</summary>
    public static void OperationDecided(
        Notifier notifications, Circuit circuit, CircuitOperation operation, DateTimeOffset now)
    {
        var approved = operation.Status == CircuitOperationStatus.Completed;
        var what = operation.OperationType == CircuitOperationType.Push ? "push" : "pull";
        notifications.Send(Notification.Create(
            operation.RequesterId,
            approved ? NotificationType.CircuitItemApproved : NotificationType.CircuitItemRejected,
            approved ? "Item approved" : "Item rejected",
            $"Your {what} of {operation.Dfid} in {circuit.Name} was {(approved ? "approved" : "rejected")}",
            Data(circuit, OperationData(operation)), now));
    }

    private static IEnumerable<string> DecidersOf(Circuit circuit) =>
        circuit.Members.Where(m => m.Holds(CircuitPermission.ManageMembers)).Select(m => m.MemberId)
            .Append(circuit.OwnerId).Distinct();

    private static JsonObject OperationData(CircuitOperation operation) => new()
    {
        ["operation_id"] = operation.OperationId.ToString(),
        ["operation_type"] = operation.OperationType.ToString(),
        ["dfid"] = operation.Dfid,
        ["requester_id"] = operation.RequesterId,
    };

    private static JsonObject Data(Circuit circuit, JsonObject? extra = null)
    {
        var data = new JsonObject { ["circuit_id"] = circuit.Id.ToString(), ["circuit_name"] = circuit.Name };
        foreach (var (key, value) in extra ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return data;
    }
}
