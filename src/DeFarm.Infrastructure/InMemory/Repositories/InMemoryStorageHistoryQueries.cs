using DeFarm.Application.Common.Interfaces.Persistence;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryStorageHistoryQueries(InMemoryDatabase database, TimeProvider clock) : IStorageHistoryQueries
{
    public Task<StorageStatistics> GetStatisticsAsync(ItemViewer viewer, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            var isVisible = InMemoryItemVisibility.VisibleTo(database, viewer, clock.GetUtcNow());
            var visibleDfids = database.Items.Rows.Where(isVisible).Select(i => i.Dfid).ToHashSet(StringComparer.Ordinal);
            var histories = database.StorageHistories.Rows.Where(h => visibleDfids.Contains(h.Dfid)).ToList();
            var recordCounts = histories
                .SelectMany(h => h.Records)
                .GroupBy(r => (r.AdapterType, r.TriggeredBy))
                .Select(g => (g.Key.AdapterType, g.Key.TriggeredBy, g.Count()));
            return Task.FromResult(StorageStatistics.Fold(histories.Count, recordCounts));
        }
    }
}
