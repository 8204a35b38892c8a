using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Events;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryEventRepository(InMemoryUnitOfWork unitOfWork) : IEventRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<Event?> GetByIdAsync(Guid eventId, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.Events, eventId));

    public Task<Event?> GetByContentHashAsync(string contentHash, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.LoadByUnique(Database.Events, InMemoryDatabase.EventContentHashConstraint, contentHash));

    public Task<Event?> GetByLocalIdAsync(Guid localEventId, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.LoadByUnique(Database.Events, InMemoryDatabase.LocalEventIdConstraint, localEventId));

    public void Add(Event @event) => unitOfWork.Insert(Database.Events, @event);
}
