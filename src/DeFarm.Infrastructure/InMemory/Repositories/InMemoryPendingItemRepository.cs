using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryPendingItemRepository(InMemoryUnitOfWork unitOfWork) : IPendingItemRepository
{
    public Task<PendingItem?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(unitOfWork.Database.PendingItems, id));

    public void Add(PendingItem pendingItem) => unitOfWork.Insert(unitOfWork.Database.PendingItems, pendingItem);
}
