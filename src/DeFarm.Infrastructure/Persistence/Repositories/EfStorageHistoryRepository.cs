using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfStorageHistoryRepository(DeFarmDbContext db) : IStorageHistoryRepository
{
    public async Task<ItemStorageHistory?> GetByDfidAsync(string dfid, CancellationToken cancellationToken) =>
        await db.StorageHistories.FindAsync([dfid], cancellationToken);

    public void Add(ItemStorageHistory history) => db.StorageHistories.Add(history);
}
