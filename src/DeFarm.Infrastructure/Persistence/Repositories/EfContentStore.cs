using DeFarm.Application.Common.Interfaces.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

/// <summary>
/// <c>content_blocks</c>, written by its own statement, at once and outside the request's unit of work (see
/// <see cref="IContentStore"/>); a concurrent write of the same CID is simply skipped.
/// </summary>
internal sealed class EfContentStore(DeFarmDbContext db, TimeProvider clock) : IContentStore
{
    public async Task PutAsync(string cid, byte[] content, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO content_blocks (cid, content, stored_at) VALUES ({cid}, {content}, {clock.GetUtcNow()}) ON CONFLICT (cid) DO NOTHING",
            cancellationToken);

    public async Task<byte[]?> GetAsync(string cid, CancellationToken cancellationToken) =>
        await db.ContentBlocks.AsNoTracking().Where(b => b.Cid == cid).Select(b => b.Content).FirstOrDefaultAsync(cancellationToken);
}
