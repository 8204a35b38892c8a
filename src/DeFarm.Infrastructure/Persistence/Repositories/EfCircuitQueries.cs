using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
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

        var ids = await visible
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
            .Skip(filter.Offset).Take(filter.Limit)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        return await LoadInOrderAsync(ids, cancellationToken);
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

    /// <summary>The whole circuits of a page of ids, in the page's order (owned rows come in split queries).</summary>
    private async Task<IReadOnlyList<Circuit>> LoadInOrderAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var loaded = await db.Circuits.AsNoTracking().AsSplitQuery()
            .Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return ids.Select(id => loaded[id]).ToList();
    }
}
