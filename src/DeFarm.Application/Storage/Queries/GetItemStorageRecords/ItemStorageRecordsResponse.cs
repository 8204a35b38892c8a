using System.Text.Json.Nodes;
using DeFarm.Domain.Storage;

namespace DeFarm.Application.Storage.Queries.GetItemStorageRecords;

public sealed record ItemStorageRecordsResponse(bool Success, string Dfid, IReadOnlyList<ItemStorageRecordDto> Records);

/// <summary>
/// A record as the items route shows it: the well-known metadata keys lifted to fields, and the location as the
/// original's debug text (e.g. <c>IPFS { cid: "bafk…", pinned: true }</c>).
/// </summary>
public sealed record ItemStorageRecordDto(
    string AdapterType,
    string? Network,
    string? NftMintTx,
    string? IpcmUpdateTx,
    string? IpfsCid,
    bool? IpfsPinned,
    string? NftContract,
    string StorageLocation,
    DateTimeOffset StoredAt,
    string TriggeredBy,
    bool IsActive)
{
    public static ItemStorageRecordDto From(StorageRecord record) => new(
        record.AdapterType.Name,
        Text(record.Metadata, "network"),
        Text(record.Metadata, "nft_mint_tx"),
        Text(record.Metadata, "ipcm_update_tx"),
        Text(record.Metadata, "ipfs_cid"),
        record.Metadata["ipfs_pinned"] is JsonValue pinned && pinned.TryGetValue<bool>(out var flag) ? flag : null,
        Text(record.Metadata, "nft_contract"),
        record.Location.DebugText(),
        record.StoredAt,
        record.TriggeredBy,
        record.IsActive);

    private static string? Text(JsonObject metadata, string key) =>
        metadata[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
