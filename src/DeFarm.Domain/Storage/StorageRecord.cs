using System.Text.Json.Nodes;

namespace DeFarm.Domain.Storage;

/// <summary>
/// One stored version of an item (engines-api.md §1.6): which adapter stored it where, when, why
/// (<see cref="TriggeredBy"/>: <c>migration</c>, <c>circuit_push</c>, …), for which circuit and by whom.
/// Records are never changed or removed; <see cref="IsActive"/> says the copy is still held.
/// </summary>
public sealed class StorageRecord
{
    private StorageRecord()
    {
    }

    internal StorageRecord(
        AdapterType adapterType, StorageLocation location, JsonObject metadata, string triggeredBy, Guid? circuitId,
        string storedBy, DateTimeOffset storedAt)
    {
        Id = Guid.NewGuid();
        AdapterType = adapterType;
        Location = location;
        Metadata = (JsonObject)metadata.DeepClone();
        TriggeredBy = triggeredBy;
        CircuitId = circuitId;
        StoredBy = storedBy;
        StoredAt = storedAt;
        IsActive = true;
    }

    public Guid Id { get; private set; }
    public AdapterType AdapterType { get; private set; } = AdapterType.None;
    public StorageLocation Location { get; private set; } = null!;

    /// <summary>
    /// Facts about the copy, with the original's keys where they apply (<c>ipfs_cid</c>, <c>ipfs_pinned</c>,
    /// <c>network</c>, <c>ipcm_update_tx</c>, <c>nft_mint_tx</c>, <c>nft_contract</c>).
    /// </summary>
    public JsonObject Metadata { get; private set; } = [];

    public string TriggeredBy { get; private set; } = string.Empty;
    public Guid? CircuitId { get; private set; }

    /// <summary>The user whose request stored this version (from the credentials, decision 14).</summary>
    public string StoredBy { get; private set; } = string.Empty;

    public DateTimeOffset StoredAt { get; private set; }
    public bool IsActive { get; private set; }
}
