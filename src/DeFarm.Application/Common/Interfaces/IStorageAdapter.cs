using System.Text.Json.Nodes;
using DeFarm.Domain.Storage;

namespace DeFarm.Application.Common.Interfaces;

/// <summary>
/// What an adapter reports once content is stored: where it is, its content id, the network that holds it
/// (<c>ipfs</c>, <c>local</c>, …) and the storage-record metadata the original writes for that adapter.
/// </summary>
public sealed record StoredContent(StorageLocation Location, string Cid, string Network, JsonObject Metadata);

/// <summary>
/// Stores bytes somewhere outside the unit of work (an IPFS node, the content-addressed store). Storing is
/// idempotent: the same bytes get the same CID, so a retried command stores nothing twice. Failures to reach
/// the service are <see cref="Exceptions.ServiceUnavailableException"/> (503).
/// </summary>
public interface IStorageAdapter
{
    Task<StoredContent> StoreAsync(byte[] content, CancellationToken cancellationToken);
}

/// <summary>The adapter that serves an adapter type in this deployment.</summary>
public interface IStorageAdapterResolver
{
    /// <summary>
    /// The adapter for <paramref name="adapterType"/>, which must be one of
    /// <see cref="Storage.StorageAdapterTypes.Implemented"/>: <c>ipfs-ipfs</c> uploads to the IPFS node at
    /// <c>IPFS_ENDPOINT</c>, or keeps the content in DeFarm's own content-addressed store when none is set.
    /// </summary>
    IStorageAdapter Resolve(AdapterType adapterType);
}
