using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfIndexingProgressRepository(DeFarmDbContext db) : IIndexingProgressRepository
{
    public async Task<IndexingProgress?> GetAsync(string network, CancellationToken cancellationToken) =>
        await db.IndexingProgress.FindAsync([network], cancellationToken);

    public void Add(IndexingProgress progress) => db.IndexingProgress.Add(progress);
}
