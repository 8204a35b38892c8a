using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryPendingItemQueries(InMemoryDatabase database) : IPendingItemQueries
{
    public Task<IReadOnlyList<PendingItem>> ListUnresolvedAsync(
        PendingItemFilter filter, int limit, int offset, CancellationToken cancellationToken)
    {
        IReadOnlyList<PendingItem> page = database.Query(database.PendingItems, rows => rows
            .Where(p => p.Status == PendingItemStatus.Pending)
            .Where(p => filter.OwnerUserId is null || p.CreatedBy == filter.OwnerUserId)
            .Where(p => filter.Reasons is null || filter.Reasons.Contains(p.Reason))
            .Where(p => filter.PriorityMin is null || p.Priority >= filter.PriorityMin)
            .OrderByDescending(p => p.Priority).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip(offset).Take(limit));
        return Task.FromResult(page);
    }
}
