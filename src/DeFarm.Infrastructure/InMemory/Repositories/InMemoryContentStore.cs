using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Infrastructure.InMemory.Repositories;

/// <summary>Writes straight into the store, outside the request's unit of work (see <see cref="IContentStore"/>).</summary>
internal sealed class InMemoryContentStore(InMemoryDatabase database, TimeProvider clock) : IContentStore
{
    public Task PutAsync(string cid, byte[] content, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            if (!database.ContentBlocks.TryGet(cid, out _, out _))
            {
                database.ContentBlocks.Write(new ContentBlock(cid, content, clock.GetUtcNow()));
            }
        }

        return Task.CompletedTask;
    }

    public Task<byte[]?> GetAsync(string cid, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            return Task.FromResult(database.ContentBlocks.TryGet(cid, out var block, out _) ? block.Content.ToArray() : null);
        }
    }
}
