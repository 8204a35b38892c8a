using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Circuits;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfItemQueries(DeFarmDbContext db, TimeProvider clock) : IItemQueries
{
    public async Task<IReadOnlyList<Item>> ListAsync(
        ItemViewer viewer, ItemFilter filter, int limit, int offset, CancellationToken cancellationToken)
    {
        var query = VisibleTo(viewer);
        if (filter.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (filter.IdentifierKey is { } key)
        {
            query = filter.IdentifierValue is { } value
                ? query.Where(i => i.Identifiers.Any(x => x.Key == key && x.Value == value))
                : query.Where(i => i.Identifiers.Any(x => x.Key == key));
        }

        return await query
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Dfid)
            .Skip(offset).Take(limit)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    public async Task<ItemStatistics> GetStatisticsAsync(ItemViewer viewer, CancellationToken cancellationToken)
    {
        var counts = await VisibleTo(viewer)
            .GroupBy(i => i.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Confidence = g.Sum(i => i.ConfidenceScore) })
            .ToListAsync(cancellationToken);
        int CountOf(ItemStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        var total = counts.Sum(c => c.Count);
        return new ItemStatistics(
            total, CountOf(ItemStatus.Active), CountOf(ItemStatus.Merged), CountOf(ItemStatus.Split),
            CountOf(ItemStatus.Deprecated), total == 0 ? 0 : counts.Sum(c => c.Confidence) / total);
    }

    /// <summary>The visibility rule of <see cref="Application.Items.ItemAccess"/>, as SQL.</summary>
    private IQueryable<Item> VisibleTo(ItemViewer viewer)
    {
        var items = db.Items.AsNoTracking();
        var grantedByCircuits = CircuitItemVisibility.GrantedDfids(db, viewer.UserId, clock.GetUtcNow());
        return viewer.IsAdmin
            ? items
            : items.Where(i => i.CreatedBy == viewer.UserId
                || (i.Dfid.StartsWith(Item.LocalPrefix) && i.WorkspaceId != null && i.WorkspaceId == viewer.WorkspaceId)
                || db.ItemShares.Any(s => s.Dfid == i.Dfid && s.RecipientUserId == viewer.UserId)
                || grantedByCircuits.Contains(i.Dfid));
    }
}
