using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfEventRepository(DeFarmDbContext db) : IEventRepository
{
    public async Task<Event?> GetByIdAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Events.FindAsync([eventId], cancellationToken);

    public Task<Event?> GetByContentHashAsync(string contentHash, CancellationToken cancellationToken) =>
        db.Events.FirstOrDefaultAsync(e => e.ContentHash == contentHash, cancellationToken);

    public Task<Event?> GetByLocalIdAsync(Guid localEventId, CancellationToken cancellationToken) =>
        db.Events.FirstOrDefaultAsync(e => e.LocalEventId == localEventId, cancellationToken);

    public void Add(Event @event) => db.Events.Add(@event);
}
