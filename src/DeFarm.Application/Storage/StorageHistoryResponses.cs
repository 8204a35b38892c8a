using System.Text.Json.Nodes;
using DeFarm.Domain.Storage;

namespace DeFarm.Application.Storage;

/// <summary>
/// A storage record as <c>/api/storage-history/*</c> shows it (engines-api.md §4.7): the tagged location,
/// <c>operation_type</c> = what triggered it, <c>user_id</c> = who stored it, <c>is_primary</c> = whether it is
/// the item's current primary copy.
/// </summary>
public sealed record StorageRecordResponse(
    JsonObject StorageLocation,
    DateTimeOffset StoredAt,
    Guid? CircuitId,
    string UserId,
    string OperationType,
    bool IsPrimary,
    JsonObject Metadata,
    string AdapterType)
{
    public static StorageRecordResponse From(StorageRecord record, bool isPrimary) => new(
        record.Location.ToJson(), record.StoredAt, record.CircuitId, record.StoredBy, record.TriggeredBy, isPrimary,
        (JsonObject)record.Metadata.DeepClone(), record.AdapterType.Name);
}

public sealed record StorageHistoryData(
    string Dfid,
    IReadOnlyList<StorageRecordResponse> StorageRecords,
    JsonObject? CurrentPrimary,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt)
{
    /// <summary>Records newest first, as the original lists them.</summary>
    public static StorageHistoryData From(ItemStorageHistory history) => new(
        history.Dfid,
        history.Records.Reverse().Select(r => StorageRecordResponse.From(r, r.Id == history.PrimaryRecordId)).ToList(),
        history.CurrentPrimary?.ToJson(),
        history.CreatedAt,
        history.UpdatedAt);
}

/// <summary><c>{success: true, data: {…}}</c>.</summary>
public sealed record StorageHistoryResponse(bool Success, StorageHistoryData Data)
{
    public static StorageHistoryResponse From(ItemStorageHistory history) => new(true, StorageHistoryData.From(history));
}
