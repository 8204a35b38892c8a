using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryItemQueries(InMemoryDatabase database, TimeProvider clock) : IItemQueries
{
    public Task<IReadOnlyList<Item>> ListAsync(
        ItemViewer viewer, ItemFilter filter, int limit, int offset, CancellationToken cancellationToken)
    {
        IReadOnlyList<Item> page = database.Query(database.Items, rows => rows
            .Where(IsVisibleTo(viewer))
            .Where(i => filter.Status is null || i.Status == filter.Status)
            .Where(i => filter.IdentifierKey is null || i.Identifiers.Any(x =>
                x.Key == filter.IdentifierKey && (filter.IdentifierValue is null || x.Value == filter.IdentifierValue)))
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Dfid, StringComparer.Ordinal)
            .Skip(offset).Take(limit));
        return Task.FromResult(page);
    }

    public Task<ItemStatistics> GetStatisticsAsync(ItemViewer viewer, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            var visible = database.Items.Rows.Where(IsVisibleTo(viewer)).ToList();
            int CountOf(ItemStatus status) => visible.Count(i => i.Status == status);
            return Task.FromResult(new ItemStatistics(
                visible.Count, CountOf(ItemStatus.Active), CountOf(ItemStatus.Merged), CountOf(ItemStatus.Split),
                CountOf(ItemStatus.Deprecated), visible.Count == 0 ? 0 : visible.Average(i => i.ConfidenceScore)));
        }
    }

    /// <summary>
    /// <see cref="ItemAccess.CanSee(Item, ItemViewer, bool)"/>, knowing the items shared with the viewer or
    /// granted to them by circuits.
    /// </summary>
    /// <remarks>Called while holding the store's lock.</remarks>
    private Func<Item, bool> IsVisibleTo(ItemViewer viewer)
    {
        var granted = database.DfidsGrantedByCircuits(viewer.UserId, clock.GetUtcNow());
        granted.UnionWith(database.ItemShares.Rows.Where(s => s.RecipientUserId == viewer.UserId).Select(s => s.Dfid));
        return item => ItemAccess.CanSee(item, viewer, granted.Contains(item.Dfid));
    }
}
