using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfItemQueries(DeFarmDbContext db, TimeProvider clock) : IItemQueries
{
    public async Task<IReadOnlyList<Item>> ListAsync(
        ItemViewer viewer, ItemFilter filter, int limit, int offset, CancellationToken cancellationToken)
    {
        var query = await EfItemVisibility.VisibleToAsync(db, viewer, clock.GetUtcNow(), cancellationToken);
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

    public async Task<IReadOnlyList<Item>> ListNewestFirstAsync(
        ItemViewer viewer, Guid? circuitId, int limit, int offset, CancellationToken cancellationToken)
    {
        var query = await EfItemVisibility.VisibleToAsync(db, viewer, clock.GetUtcNow(), cancellationToken);
        if (circuitId is { } circuit)
        {
            query = query.Where(i => db.CircuitItems.Any(ci => ci.CircuitId == circuit && ci.Dfid == i.Dfid));
        }

        return await query
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Dfid)
            .Skip(offset).Take(limit)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    public async Task<ItemStatistics> GetStatisticsAsync(ItemViewer viewer, CancellationToken cancellationToken)
    {
        var counts = await (await EfItemVisibility.VisibleToAsync(db, viewer, clock.GetUtcNow(), cancellationToken))
            .GroupBy(i => i.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Confidence = g.Sum(i => i.ConfidenceScore) })
            .ToListAsync(cancellationToken);
        int CountOf(ItemStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        var total = counts.Sum(c => c.Count);
        return new ItemStatistics(
            total, CountOf(ItemStatus.Active), CountOf(ItemStatus.Merged), CountOf(ItemStatus.Split),
            CountOf(ItemStatus.Deprecated), total == 0 ? 0 : counts.Sum(c => c.Confidence) / total);
    }

    public Task<Item?> GetVisibleAsync(string userId, string dfid, CancellationToken cancellationToken) =>
        VisibleItem(db, userId, dfid, clock.GetUtcNow(), cancellationToken);

    /// <summary>
    /// The item read of ADR-011, compiled once: the rule of <see cref="Application.Items.ItemAccess"/> in one
    /// statement, each grant an EXISTS on this item. It spells out <see cref="EfCircuitQueries.PubliclyAccessible"/>
    /// because a compiled query cannot call it.
    /// </summary>
    private static readonly Func<DeFarmDbContext, string, string, DateTimeOffset, CancellationToken, Task<Item?>> VisibleItem =
        EF.CompileAsyncQuery((DeFarmDbContext db, string userId, string dfid, DateTimeOffset now, CancellationToken _) => db.Items
            .AsNoTracking()
            .Where(i => i.Dfid == dfid)
            .Where(i => db.Users.Any(u => u.Id == userId && (u.IsAdmin || i.CreatedBy == userId
                || (i.Dfid.StartsWith(Item.LocalPrefix) && i.WorkspaceId != null && i.WorkspaceId == u.WorkspaceId)
                || db.ItemShares.Any(s => s.Dfid == i.Dfid && s.RecipientUserId == userId)
                || db.CircuitItems.Any(ci => ci.Dfid == i.Dfid
                    && db.Circuits.Any(c => c.Id == ci.CircuitId && c.Members.Any(m => m.MemberId == userId)))
                || db.Circuits.Any(c => c.AllowPublicVisibility
                    && (c.PublicSettings == null || c.PublicSettings.AccessMode != PublicAccessMode.Scheduled
                        || c.PublicSettings.ScheduledDate <= now)
                    && c.PublishedItems.Any(p => p.Dfid == i.Dfid)))))
            .FirstOrDefault());
}
