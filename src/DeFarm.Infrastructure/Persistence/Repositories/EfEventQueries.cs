using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Events;
using DeFarm.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfEventQueries(DeFarmDbContext db) : IEventQueries
{
    public async Task<IReadOnlyList<Event>> ListAsync(
        EventViewer viewer, EventFilter filter, int limit, int offset, CancellationToken cancellationToken)
    {
        var query = VisibleTo(viewer);
        if (filter.Dfid is { } dfid)
        {
            query = query.Where(e => e.Dfid == dfid);
        }

        if (filter.Dfids is { } dfids)
        {
            var anyOf = dfids.ToList();
            query = query.Where(e => anyOf.Contains(e.Dfid));
        }

        if (filter.EventType is { } type)
        {
            query = query.Where(e => e.EventType == type);
        }

        if (filter.Visibility is { } visibility)
        {
            query = query.Where(e => e.Visibility == visibility);
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.Timestamp >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.Timestamp <= to);
        }

        return await query
            .OrderByDescending(e => e.Timestamp).ThenByDescending(e => e.EventId)
            .Skip(offset).Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The rule of <see cref="Application.Events.EventAccess"/>, as SQL over the generated metadata columns.</summary>
    private IQueryable<Event> VisibleTo(EventViewer viewer)
    {
        var circuitIds = viewer.CircuitIds.ToList();
        return db.Events.AsNoTracking().Where(e =>
            e.Source == viewer.UserId
            || (!e.IsLocal
                && (e.Visibility == EventVisibility.Public
                    || (e.Visibility == EventVisibility.Direct
                        && EF.Property<string?>(e, EventConfiguration.RecipientIdColumn) == viewer.UserId)
                    || (e.Visibility == EventVisibility.CircuitOnly
                        && circuitIds.Contains(EF.Property<string?>(e, EventConfiguration.CircuitIdColumn)!)))));
    }
}
