using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfPendingItemRepository(DeFarmDbContext db) : IPendingItemRepository
{
    public async Task<PendingItem?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        await db.PendingItems.FindAsync([id], cancellationToken);

    public void Add(PendingItem pendingItem) => db.PendingItems.Add(pendingItem);
}
