using DeFarm.Domain.Events;

namespace DeFarm.Application.Common.Interfaces.Persistence;

public interface IEventRepository
{
    /// <summary>The event, tracked for changes.</summary>
    Task<Event?> GetByIdAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>The event with this content hash (unique in the store), tracked for changes.</summary>
    Task<Event?> GetByContentHashAsync(string contentHash, CancellationToken cancellationToken);

    /// <summary>The event created locally with this id (unique in the store), tracked for changes.</summary>
    Task<Event?> GetByLocalIdAsync(Guid localEventId, CancellationToken cancellationToken);

    /// <summary>Stages a new event; a second event with the same content hash fails the commit with 409.</summary>
    void Add(Event @event);
}
