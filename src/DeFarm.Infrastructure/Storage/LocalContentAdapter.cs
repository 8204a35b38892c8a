using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Storage;
using DeFarm.Domain.Storage;

namespace DeFarm.Infrastructure.Storage;

/// <summary>
/// <c>ipfs-ipfs</c> without an IPFS node: the content goes to DeFarm's own content-addressed store under its CID
/// (the id Kubo would give the same bytes when they fit in one block, up to 256 KiB) and is recorded as a
/// <c>Local</c> location, since no IPFS node holds it.
/// </summary>
internal sealed class LocalContentAdapter(IContentStore store) : IStorageAdapter
{
    public async Task<StoredContent> StoreAsync(byte[] content, CancellationToken cancellationToken)
    {
        var cid = ContentId.Compute(content);
        await store.PutAsync(cid, content, cancellationToken);
        return new StoredContent(new LocalStorage(cid), cid, StorageNetworks.Local, new JsonObject { ["content_cid"] = cid });
    }
}
