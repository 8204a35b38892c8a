using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Events;
using DeFarm.Domain.Events;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryEventQueries(InMemoryDatabase database) : IEventQueries
{
    public Task<IReadOnlyList<Event>> ListAsync(
        EventViewer viewer, EventFilter filter, int limit, int offset, CancellationToken cancellationToken)
    {
        IReadOnlyList<Event> page = database.Query(database.Events, rows => rows
            .Where(e => EventAccess.CanSee(e, viewer))
            .Where(e => filter.Dfid is null || e.Dfid == filter.Dfid)
            .Where(e => filter.Dfids is null || filter.Dfids.Contains(e.Dfid))
            .Where(e => filter.EventType is null || e.EventType == filter.EventType)
            .Where(e => filter.Visibility is null || e.Visibility == filter.Visibility)
            .Where(e => filter.From is null || e.Timestamp >= filter.From)
            .Where(e => filter.To is null || e.Timestamp <= filter.To)
            .OrderByDescending(e => e.Timestamp).ThenByDescending(e => e.EventId)
            .Skip(offset).Take(limit));
        return Task.FromResult(page);
    }
}
