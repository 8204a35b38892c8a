using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfPendingItemQueries(DeFarmDbContext db) : IPendingItemQueries
{
    public async Task<IReadOnlyList<PendingItem>> ListUnresolvedAsync(
        PendingItemFilter filter, int limit, int offset, CancellationToken cancellationToken)
    {
        var query = db.PendingItems.AsNoTracking().Where(p => p.Status == PendingItemStatus.Pending);
        if (filter.OwnerUserId is { } owner)
        {
            query = query.Where(p => p.CreatedBy == owner);
        }

        if (filter.Reasons is { } reasons)
        {
            query = query.Where(p => reasons.Contains(p.Reason));
        }

        if (filter.PriorityMin is { } priorityMin)
        {
            query = query.Where(p => p.Priority >= priorityMin);
        }

        return await query
            .OrderByDescending(p => p.Priority).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip(offset).Take(limit)
            .ToListAsync(cancellationToken);
    }
}
