namespace DeFarm.Application.Storage;

/// <summary>Keys DeFarm adds to a storage record's metadata beside the original's (<c>ipfs_cid</c>, <c>network</c>, …).</summary>
public static class StorageRecordMetadata
{
    /// <summary>How many bytes the stored version has (the item's canonical JSON).</summary>
    public const string SizeBytesKey = "size_bytes";
}
