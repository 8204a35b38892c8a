using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfCircuitQueries(DeFarmDbContext db) : ICircuitQueries
{
    public async Task<IReadOnlyList<Circuit>> ListAsync(CircuitListFilter filter, CancellationToken cancellationToken)
    {
        var circuits = db.Circuits.AsNoTracking();
        var memberOf = circuits.Where(c => c.Members.Any(m => m.MemberId == filter.ViewerId));
        var visible = filter.IncludePublic
            ? memberOf.Union(PubliclyAccessible(circuits, filter.Now))
            : memberOf;
        if (filter.Status is { } status)
        {
            visible = visible.Where(c => c.Status == status);
        }

        if (!filter.IncludeArchived)
        {
            visible = visible.Where(c => c.Status != CircuitStatus.Archived);
        }

        var ids = await visible
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
            .Skip(filter.Offset).Take(filter.Limit)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        return await LoadInOrderAsync(ids, cancellationToken);
    }

    public async Task<CircuitDiscoveryPage> ListDiscoverableAsync(
        CircuitDiscoveryFilter filter, CancellationToken cancellationToken)
    {
        var discoverable = PubliclyAccessible(db.Circuits.AsNoTracking(), filter.Now)
            .Where(c => c.DiscoveryEnabled && c.Status == CircuitStatus.Active);
        if (filter.Search is { } search)
        {
            var pattern = $"%{EscapeLike(search)}%";
            discoverable = discoverable.Where(c => c.Searchable
                && (EF.Functions.ILike(c.Name, pattern, "\\") || EF.Functions.ILike(c.Description, pattern, "\\")
                    || (c.PublicSettings != null
                        && (EF.Functions.ILike(c.PublicSettings.PublicName!, pattern, "\\")
                            || EF.Functions.ILike(c.PublicSettings.PublicDescription!, pattern, "\\")))));
        }

        var total = await discoverable.CountAsync(cancellationToken);
        var ids = await discoverable
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
            .Skip(filter.Offset).Take(filter.Limit)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        return new CircuitDiscoveryPage(await LoadInOrderAsync(ids, cancellationToken), total);
    }

    public async Task<IReadOnlyList<Item>> ListPublishedItemsAsync(Guid circuitId, CancellationToken cancellationToken)
    {
        var dfids = await db.Circuits.Where(c => c.Id == circuitId).SelectMany(c => c.PublishedItems)
            .OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Dfid)
            .Select(p => p.Dfid)
            .ToListAsync(cancellationToken);
        var items = await db.Items.AsNoTracking().AsSplitQuery()
            .Where(i => dfids.Contains(i.Dfid))
            .ToDictionaryAsync(i => i.Dfid, cancellationToken);
        return dfids.Where(items.ContainsKey).Select(dfid => items[dfid]).ToList();
    }

    public async Task<IReadOnlyList<Circuit>> ListOfMemberAsync(string memberId, CancellationToken cancellationToken)
    {
        var ids = await db.Circuits
            .Where(c => c.Members.Any(m => m.MemberId == memberId))
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        return await LoadInOrderAsync(ids, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(
        IReadOnlyCollection<Guid> circuitIds, CancellationToken cancellationToken)
    {
        var ids = circuitIds.ToList();
        return await db.Circuits
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Name })
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
    }

    /// <summary>The rule of <see cref="Circuit.IsPubliclyAccessible"/>, as SQL.</summary>
    internal static IQueryable<Circuit> PubliclyAccessible(IQueryable<Circuit> circuits, DateTimeOffset now) =>
        circuits.Where(c => c.AllowPublicVisibility
            && (c.PublicSettings == null
                || c.PublicSettings.AccessMode != PublicAccessMode.Scheduled
                || c.PublicSettings.ScheduledDate <= now));

    /// <summary>A search term taken literally in a LIKE pattern (backslash escapes).</summary>
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    /// <summary>The whole circuits of a page of ids, in the page's order (owned rows come in split queries).</summary>
    private async Task<IReadOnlyList<Circuit>> LoadInOrderAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var loaded = await db.Circuits.AsNoTracking().AsSplitQuery()
            .Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return ids.Select(id => loaded[id]).ToList();
    }
}
