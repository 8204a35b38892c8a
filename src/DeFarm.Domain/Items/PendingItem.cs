using System.Text.Json.Nodes;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.Items;

/// <summary>
/// A create request that hit a conflict (no identifiers, blank ones, an identifier on several items, unfit
/// data). It is kept, with its reason and priority, until someone approves, modifies or rejects it.
/// </summary>
public sealed class PendingItem
{
    private readonly List<Identifier> _identifiers = [];

    private PendingItem()
    {
    }

    public PendingItem(
        IEnumerable<Identifier> identifiers, JsonObject? enrichedData, Guid sourceEntry, PendingReason reason,
        string reasonDetails, string createdBy, string? workspaceId, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        _identifiers.AddRange(identifiers);
        EnrichedData = enrichedData?.DeepClone().AsObject();
        SourceEntry = sourceEntry;
        Reason = reason;
        ReasonDetails = reasonDetails;
        Priority = PriorityOf(reason, reasonDetails);
        CreatedBy = createdBy;
        WorkspaceId = workspaceId;
        CreatedAt = now;
        UpdatedAt = now;
        Status = PendingItemStatus.Pending;
    }

    public Guid Id { get; private set; }
    public IReadOnlyList<Identifier> Identifiers => _identifiers;
    public JsonObject? EnrichedData { get; private set; }
    public Guid SourceEntry { get; private set; }
    public PendingReason Reason { get; private set; }
    public string ReasonDetails { get; private set; } = string.Empty;

    /// <summary>1 (low) to 4 (critical).</summary>
    public int Priority { get; private set; }

    public PendingItemStatus Status { get; private set; }
    public string? ResolvedDfid { get; private set; }
    public string CreatedBy { get; private set; } = string.Empty;
    public string? WorkspaceId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsResolved => Status != PendingItemStatus.Pending;

    /// <summary>The item was created (or an existing one enriched) as <paramref name="dfid"/>.</summary>
    public void Approve(string dfid, DateTimeOffset now)
    {
        EnsurePending();
        Status = PendingItemStatus.Approved;
        ResolvedDfid = dfid;
        UpdatedAt = now;
    }

    public void Reject(DateTimeOffset now)
    {
        EnsurePending();
        Status = PendingItemStatus.Rejected;
        UpdatedAt = now;
    }

    private void EnsurePending()
    {
        if (IsResolved)
        {
            throw new BusinessRuleException("pending_item_resolved", $"Pending item {Id} was already resolved");
        }
    }

    /// <summary>Priorities of engines-api.md §1.2: conflicting DFIDs are critical, missing identifiers high.</summary>
    private static int PriorityOf(PendingReason reason, string details) => reason switch
    {
        PendingReason.ConflictingDfids => 4,
        PendingReason.NoIdentifiers => 3,
        PendingReason.DataQualityIssue when details.Contains("null value", StringComparison.Ordinal) => 1,
        _ => 2,
    };
}
