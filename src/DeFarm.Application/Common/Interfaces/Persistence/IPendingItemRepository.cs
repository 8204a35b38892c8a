using DeFarm.Domain.Items;

namespace DeFarm.Application.Common.Interfaces.Persistence;

public interface IPendingItemRepository
{
    Task<PendingItem?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    void Add(PendingItem pendingItem);
}
