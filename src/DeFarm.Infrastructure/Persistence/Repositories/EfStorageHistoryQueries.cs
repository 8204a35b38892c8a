using DeFarm.Application.Common.Interfaces.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfStorageHistoryQueries(DeFarmDbContext db, TimeProvider clock) : IStorageHistoryQueries
{
    public async Task<StorageStatistics> GetStatisticsAsync(ItemViewer viewer, CancellationToken cancellationToken)
    {
        var visible = (await EfItemVisibility.VisibleToAsync(db, viewer, clock.GetUtcNow(), cancellationToken)).Select(i => i.Dfid);
        var histories = db.StorageHistories.AsNoTracking().Where(h => visible.Contains(h.Dfid));
        var itemsTracked = await histories.CountAsync(cancellationToken);
        // One row per (adapter, trigger): few enough to fold in memory, whatever the number of records.
        var groups = await histories
            .SelectMany(h => h.Records)
            .GroupBy(r => new { r.AdapterType, r.TriggeredBy })
            .Select(g => new { g.Key.AdapterType, g.Key.TriggeredBy, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return StorageStatistics.Fold(
            itemsTracked, groups.Select(g => (g.AdapterType, g.TriggeredBy, g.Count)));
    }
}
