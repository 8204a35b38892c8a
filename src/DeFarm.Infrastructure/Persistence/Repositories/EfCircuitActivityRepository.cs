using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfCircuitActivityRepository(DeFarmDbContext db) : ICircuitActivityRepository
{
    public async Task<IReadOnlyList<CircuitActivity>> ListAsync(
        Guid circuitId, int limit, int offset, CancellationToken cancellationToken) =>
        await db.CircuitActivities.AsNoTracking()
            .Where(a => a.CircuitId == circuitId)
            .OrderByDescending(a => a.Timestamp).ThenBy(a => a.ActivityId)
            .Skip(offset).Take(limit)
            .ToListAsync(cancellationToken);

    public void Add(CircuitActivity activity) => db.CircuitActivities.Add(activity);
}
