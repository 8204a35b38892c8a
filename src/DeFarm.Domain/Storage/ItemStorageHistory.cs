using System.Text.Json.Nodes;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.Storage;

/// <summary>
/// Where every stored version of one item went (engines-api.md §1.6): its storage records, oldest first, and
/// which of them is the primary copy. The newest version stored becomes primary; the primary can be moved back
/// to any location the history holds.
/// </summary>
public sealed class ItemStorageHistory
{
    private readonly List<StorageRecord> _records = [];

    private ItemStorageHistory()
    {
    }

    private ItemStorageHistory(string dfid) => Dfid = dfid;

    public string Dfid { get; private set; } = string.Empty;
    public IReadOnlyList<StorageRecord> Records => _records;
    public Guid? PrimaryRecordId { get; private set; }

    public StorageLocation? CurrentPrimary => _records.FirstOrDefault(r => r.Id == PrimaryRecordId)?.Location;

    /// <summary>When the first version was stored (decision 24).</summary>
    public DateTimeOffset? CreatedAt => _records.Count == 0 ? null : _records.Min(r => r.StoredAt);

    /// <summary>When the latest version was stored (decision 24).</summary>
    public DateTimeOffset? UpdatedAt => _records.Count == 0 ? null : _records.Max(r => r.StoredAt);

    /// <summary>An empty history of an item the caller has checked exists.</summary>
    public static ItemStorageHistory Start(string dfid) =>
        string.IsNullOrWhiteSpace(dfid)
            ? throw new BusinessRuleException("invalid_dfid", "A storage history needs the DFID of its item")
            : new ItemStorageHistory(dfid);

    /// <summary>Records a version just stored; it becomes the primary copy.</summary>
    public StorageRecord Append(
        AdapterType adapterType, StorageLocation location, JsonObject metadata, string triggeredBy, Guid? circuitId,
        string storedBy, DateTimeOffset storedAt)
    {
        if (string.IsNullOrWhiteSpace(triggeredBy))
        {
            throw new BusinessRuleException("invalid_storage_trigger", "A storage record must say what triggered it");
        }

        var record = new StorageRecord(adapterType, location, metadata, triggeredBy, circuitId, storedBy, storedAt);
        _records.Add(record);
        PrimaryRecordId = record.Id;
        return record;
    }

    /// <summary>Makes the newest record at <paramref name="location"/> the primary copy.</summary>
    public void SetPrimary(StorageLocation location)
    {
        var record = _records.LastOrDefault(r => r.Location == location)
            ?? throw new BusinessRuleException(
                "unknown_storage_location", "This storage location is not in the item's storage history");
        PrimaryRecordId = record.Id;
    }
}
