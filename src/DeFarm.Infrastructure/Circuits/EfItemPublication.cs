using DeFarm.Application.Common.Interfaces;
using DeFarm.Infrastructure.Persistence;
using DeFarm.Infrastructure.Persistence.Repositories;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Circuits;

/// <summary>An item is published while a publicly accessible circuit lists it among its published items.</summary>
internal sealed class EfItemPublication(DeFarmDbContext db, TimeProvider clock) : IItemPublication
{
    public Task<bool> IsPublishedAsync(string dfid, CancellationToken cancellationToken) =>
        EfCircuitQueries.PubliclyAccessible(db.Circuits, clock.GetUtcNow())
            .AnyAsync(c => c.PublishedItems.Any(p => p.Dfid == dfid), cancellationToken);
}
