using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryStorageHistoryRepository(InMemoryUnitOfWork unitOfWork) : IStorageHistoryRepository
{
    public Task<ItemStorageHistory?> GetByDfidAsync(string dfid, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(unitOfWork.Database.StorageHistories, dfid));

    public void Add(ItemStorageHistory history) => unitOfWork.Insert(unitOfWork.Database.StorageHistories, history);
}
