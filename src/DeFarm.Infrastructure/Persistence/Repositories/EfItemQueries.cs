using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Circuits;
using Microsoft.EntityFrameworkCore;
using Npgsql;

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

        return await LoadPageAsync(
            query.OrderBy(i => i.CreatedAt).ThenBy(i => i.Dfid).Skip(offset).Take(limit), cancellationToken);
    }

    public async Task<IReadOnlyList<Item>> ListNewestFirstAsync(
        ItemViewer viewer, Guid? circuitId, int limit, int offset, CancellationToken cancellationToken)
    {
        var query = await EfItemVisibility.VisibleToAsync(db, viewer, clock.GetUtcNow(), cancellationToken);
        if (circuitId is { } circuit)
        {
            query = query.Where(i => db.CircuitItems.Any(ci => ci.CircuitId == circuit && ci.Dfid == i.Dfid));
        }

        return await LoadPageAsync(
            query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Dfid).Skip(offset).Take(limit),
            cancellationToken);
    }

    /// <summary>
    /// The page's DFIDs first, then their items by primary key. Loading the page with its identifiers and source
    /// entries in one go repeated the whole filter in each split query, and PostgreSQL planned all three afresh
    /// on every request; lookups by DFID plan once and cost a few index probes each.
    /// </summary>
    private async Task<IReadOnlyList<Item>> LoadPageAsync(IQueryable<Item> page, CancellationToken cancellationToken)
    {
        var dfids = await page.Select(i => i.Dfid).ToListAsync(cancellationToken);
        var items = await db.Items.AsNoTracking()
            .Where(i => dfids.Contains(i.Dfid))
            .AsSplitQuery()
            .ToDictionaryAsync(i => i.Dfid, cancellationToken);
        // Items are never deleted; were one to go between the two reads, it would drop out of the page, not fail it.
        return [.. dfids.Where(items.ContainsKey).Select(dfid => items[dfid])];
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

    public async Task<Item?> GetVisibleAsync(string userId, string dfid, CancellationToken cancellationToken)
    {
        var item = await ItemByDfid(db, dfid, cancellationToken);
        if (item is null || item.CreatedBy == userId)
        {
            return item; // a creator always sees their own item: nothing more to read
        }

        var viewer = await db.Users
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                Viewer = new ItemViewer(u.Id, u.WorkspaceId, u.IsAdmin),
                IsGranted = db.ItemShares.Any(s => s.Dfid == dfid && s.RecipientUserId == userId)
                    || CircuitItemVisibility.GrantedDfids(db, userId, clock.GetUtcNow()).Contains(dfid),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return viewer is not null && ItemAccess.CanSee(item, viewer.Viewer, viewer.IsGranted) ? item : null;
    }

    /// <summary>
    /// Hand-written rather than EF Core's: on the hottest route, EF Core's query pipeline and the aggregate's
    /// materialisation were the largest cost above a raw read (ADR-021). Retried like EF Core's own queries, on the
    /// context's connection and so its pool.
    /// </summary>
    public Task<ItemResponse?> ReadVisibleAsync(string userId, string dfid, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(
            async attemptCancellation =>
            {
                await db.Database.OpenConnectionAsync(attemptCancellation);
                try
                {
                    return await ItemResponseReader.ReadVisibleAsync(
                        (NpgsqlConnection)db.Database.GetDbConnection(), userId, dfid, clock.GetUtcNow(),
                        attemptCancellation);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            },
            cancellationToken);

    /// <summary>
    /// The item lookup of ADR-011, compiled once. A lookup by primary key and nothing else: PostgreSQL plans it in
    /// microseconds and keeps one generic plan, where the whole visibility rule in the same statement was planned
    /// afresh (about 2 ms) on every execution.
    /// </summary>
    private static readonly Func<DeFarmDbContext, string, CancellationToken, Task<Item?>> ItemByDfid =
        EF.CompileAsyncQuery((DeFarmDbContext db, string dfid, CancellationToken _) =>
            db.Items.AsNoTracking().FirstOrDefault(i => i.Dfid == dfid));
}
