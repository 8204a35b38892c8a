using System.Globalization;
using System.Text.Json.Nodes;
using DeFarm.Domain.Common;

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

    public const string ApprovedByKey = "approved_by";

    public bool IsPending => Status == CircuitOperationStatus.Pending;

    /// <summary>It waited for approval and was approved (rather than completed at once).</summary>
    public bool WasApproved => Metadata.ContainsKey(ApprovedByKey);

    /// <summary>A new operation: pending when <paramref name="requiresApproval"/>, else completed at once.</summary>
    public static CircuitOperation Start(
        Guid circuitId, string dfid, CircuitOperationType type, string requesterId, bool requiresApproval,
        DateTimeOffset now, JsonObject? metadata = null)
    {
        var operation = new CircuitOperation(
            circuitId, dfid, type, requesterId,
            requiresApproval ? CircuitOperationStatus.Pending : CircuitOperationStatus.Completed, now);
        foreach (var (key, value) in metadata ?? [])
        {
            operation.Metadata[key] = value?.DeepClone();
        }

        return operation;
    }

    /// <summary>Completes a pending operation; who approved it and when go into the metadata.</summary>
    public void Approve(string approverId, DateTimeOffset now)
    {
        EnsurePending();
        Status = CircuitOperationStatus.Completed;
        Metadata[ApprovedByKey] = approverId;
        Metadata["approved_at"] = Rfc3339(now);
    }

    /// <summary>Rejects a pending operation, recording the reason (if any), who rejected it and when.</summary>
    public void Reject(string rejecterId, string? reason, DateTimeOffset now)
    {
        EnsurePending();
        Status = CircuitOperationStatus.Rejected;
        if (reason is not null)
        {
            Metadata["rejection_reason"] = reason;
        }

        Metadata["rejected_by"] = rejecterId;
        Metadata["rejected_at"] = Rfc3339(now);
    }

    private void EnsurePending()
    {
        if (!IsPending)
        {
            throw new BusinessRuleException(
                "operation_not_pending", $"Operation {OperationId} is {Status}, not Pending; it was already decided");
        }
    }

    private static string Rfc3339(DateTimeOffset now) =>
        now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
