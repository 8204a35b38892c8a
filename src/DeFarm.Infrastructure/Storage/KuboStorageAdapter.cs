using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Storage;
using DeFarm.Domain.Storage;

namespace DeFarm.Infrastructure.Storage;

/// <summary><c>ipfs-ipfs</c> with an IPFS node: the content is added and pinned there.</summary>
internal sealed class KuboStorageAdapter(KuboClient kubo) : IStorageAdapter
{
    public async Task<StoredContent> StoreAsync(byte[] content, CancellationToken cancellationToken)
    {
        var cid = await kubo.AddAsync(content, cancellationToken);
        return new StoredContent(
            new IpfsStorage(cid, Pinned: true), cid, StorageNetworks.Ipfs,
            new JsonObject { ["ipfs_cid"] = cid, ["ipfs_pinned"] = true });
    }
}
