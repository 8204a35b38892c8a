using System.Text.Json.Nodes;

namespace DeFarm.Domain.Circuits;

public enum CircuitOperationType
{
    Push,
    Pull,
}

public enum CircuitOperationStatus
{
    Pending,
    Approved,
    Rejected,
    Completed,
    Failed,
}

/// <summary>
/// A push or pull of one item through a circuit (engines-api.md §1.4 CircuitOperation): pending while the
/// circuit requires approval, completed otherwise.
/// </summary>
public sealed class CircuitOperation
{
    private CircuitOperation()
    {
    }

    private CircuitOperation(
        Guid circuitId, string dfid, CircuitOperationType type, string requesterId, CircuitOperationStatus status,
        DateTimeOffset now)
    {
        OperationId = Guid.NewGuid();
        CircuitId = circuitId;
        Dfid = dfid;
        OperationType = type;
        RequesterId = requesterId;
        Status = status;
        Timestamp = now;
    }

    public Guid OperationId { get; private set; }
    public Guid CircuitId { get; private set; }
    public string Dfid { get; private set; } = string.Empty;
    public CircuitOperationType OperationType { get; private set; }
    public string RequesterId { get; private set; } = string.Empty;
    public DateTimeOffset Timestamp { get; private set; }
    public CircuitOperationStatus Status { get; private set; }

    /// <summary>Free-form details; rejection and failure add their reason, actor and time here.</summary>
    public JsonObject Metadata { get; private set; } = [];

    /// <summary>A new operation: pending when <paramref name="requiresApproval"/>, else completed at once.</summary>
    public static CircuitOperation Start(
        Guid circuitId, string dfid, CircuitOperationType type, string requesterId, bool requiresApproval,
        DateTimeOffset now) =>
        new(circuitId, dfid, type, requesterId,
            requiresApproval ? CircuitOperationStatus.Pending : CircuitOperationStatus.Completed, now);
}
