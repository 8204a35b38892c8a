using System.Text.Json.Nodes;
using DeFarm.Application.Storage;
using DeFarm.Domain.Storage;

namespace DeFarm.Application.Gateway.Items;

/// <summary>
/// Where an item's versions were stored (spa-contract §2.2 I10, §4 item 13), read from its storage records:
/// content-addressed copies as <c>storage_refs</c>, blockchain transactions as <c>blockchain_anchors</c>.
/// </summary>
public sealed record GatewayItemAnchors(
    string ItemId, IReadOnlyList<GatewayBlockchainAnchor> BlockchainAnchors, IReadOnlyList<GatewayStorageRef> StorageRefs)
{
    /// <summary>The public IPFS gateway an IPFS copy can be opened through (a browser cannot speak IPFS).</summary>
    public const string IpfsGatewayBase = "https://ipfs.io/ipfs/";

    /// <param name="history">The item's storage history, or <c>null</c> when nothing was stored.</param>
    public static GatewayItemAnchors From(string dfid, ItemStorageHistory? history)
    {
        // Newest first; a version is its record's position in storage order, oldest = 1 (the store does not keep
        // the records' order, so it is taken from when they were stored).
        var records = (history?.Records ?? [])
            .OrderBy(record => record.StoredAt).ThenBy(record => record.Id)
            .Select((record, index) => (Record: record, Version: index + 1, IsPrimary: record.Id == history!.PrimaryRecordId))
            .Reverse()
            .ToList();
        return new GatewayItemAnchors(
            dfid,
            records.Select(r => GatewayBlockchainAnchor.From(r.Record)).OfType<GatewayBlockchainAnchor>().ToList(),
            records.Select(r => GatewayStorageRef.From(r.Record, r.Version, r.IsPrimary)).OfType<GatewayStorageRef>().ToList());
    }
}

/// <summary>A stored copy of one version, named by its CID.</summary>
public sealed record GatewayStorageRef(
    string Cid,
    string ContentId,
    string? GatewayUrl,
    int? SizeBytes,
    string StorageType,
    string AdapterType,
    int Version,
    bool IsPrimary,
    bool IsPinned,
    string PinStatus,
    string Status,
    string TriggeredBy,
    DateTimeOffset CreatedAt)
{
    /// <returns>The copy, or <c>null</c> for a location that names no content (a bare blockchain transaction).</returns>
    public static GatewayStorageRef? From(StorageRecord record, int version, bool isPrimary)
    {
        var (cid, storageType, pinned, gatewayUrl) = record.Location switch
        {
            IpfsStorage ipfs => (ipfs.Cid, "ipfs", ipfs.Pinned, IpfsUrl(ipfs.Cid)),
            StellarStorage { AssetId: { } assetCid } => (assetCid, "ipfs", true, IpfsUrl(assetCid)),
            // Kept by DeFarm itself: readable through GET /api/storage/content/{cid} with credentials, not by a link.
            LocalStorage local => (local.Id, "local", false, null),
            _ => ((string?)null, string.Empty, false, (string?)null),
        };
        return cid is null
            ? null
            : new GatewayStorageRef(
                cid, cid, gatewayUrl, SizeOf(record), storageType, record.AdapterType.Name, version, isPrimary, pinned,
                pinned ? "pinned" : "not_pinned", record.IsActive ? "active" : "inactive", record.TriggeredBy,
                record.StoredAt);
    }

    private static string IpfsUrl(string cid) => GatewayItemAnchors.IpfsGatewayBase + cid;

    private static int? SizeOf(StorageRecord record) =>
        record.Metadata[StorageRecordMetadata.SizeBytesKey] is JsonValue value && value.TryGetValue<int>(out var size)
            ? size
            : null;
}

/// <summary>A blockchain transaction that anchors one version.</summary>
public sealed record GatewayBlockchainAnchor(
    string ChainType,
    string? Network,
    string TransactionHash,
    string? ContractAddress,
    string Status,
    DateTimeOffset CreatedAt)
{
    /// <returns>The anchor, or <c>null</c> for a copy that involved no blockchain.</returns>
    public static GatewayBlockchainAnchor? From(StorageRecord record)
    {
        var (chain, transaction, contract) = record.Location switch
        {
            StellarStorage stellar => ("stellar", stellar.TransactionId, stellar.ContractAddress),
            EthereumStorage ethereum => ("ethereum", ethereum.TransactionHash, ethereum.ContractAddress),
            ArweaveStorage arweave => ("arweave", arweave.TransactionId, (string?)null),
            _ => (null, null, null),
        };
        return chain is null || transaction is null
            ? null
            : new GatewayBlockchainAnchor(
                chain, NetworkOf(record), transaction, contract, record.IsActive ? "confirmed" : "inactive", record.StoredAt);
    }

    private static string? NetworkOf(StorageRecord record) =>
        record.Metadata["network"] is JsonValue value && value.TryGetValue<string>(out var network) ? network : null;
}
