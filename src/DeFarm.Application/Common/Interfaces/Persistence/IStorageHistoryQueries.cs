using DeFarm.Domain.Storage;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <param name="ItemsTracked">Items with at least one storage record.</param>
/// <param name="StorageLocations">Storage records.</param>
/// <param name="AdapterDistribution">Records per adapter type (canonical name).</param>
/// <param name="MigrationCount">Records whose trigger mentions <c>migration</c> or <c>circuit</c>.</param>
public sealed record StorageStatistics(
    int ItemsTracked, int StorageLocations, IReadOnlyDictionary<string, int> AdapterDistribution, int MigrationCount)
{
    /// <summary>The statistics from record counts per (adapter type, trigger), as both stores group them.</summary>
    public static StorageStatistics Fold(
        int itemsTracked, IEnumerable<(AdapterType AdapterType, string TriggeredBy, int Count)> recordCounts)
    {
        var counts = recordCounts.ToList();
        return new StorageStatistics(
            itemsTracked,
            counts.Sum(c => c.Count),
            counts.GroupBy(c => c.AdapterType.Name).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            counts.Where(c => IsMigration(c.TriggeredBy)).Sum(c => c.Count));
    }

    /// <summary>The original counts every record a migration or a circuit push stored.</summary>
    private static bool IsMigration(string triggeredBy) =>
        triggeredBy.Contains("migration", StringComparison.Ordinal) || triggeredBy.Contains("circuit", StringComparison.Ordinal);
}

/// <summary>Read side of storage histories.</summary>
public interface IStorageHistoryQueries
{
    /// <summary>Counts over the storage histories of the items <paramref name="viewer"/> may see.</summary>
    Task<StorageStatistics> GetStatisticsAsync(ItemViewer viewer, CancellationToken cancellationToken);
}
