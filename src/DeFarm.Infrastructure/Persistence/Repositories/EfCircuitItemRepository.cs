using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfCircuitItemRepository(DeFarmDbContext db) : ICircuitItemRepository
{
    public async Task<IReadOnlyList<CircuitItem>> ListAsync(
        Guid circuitId, int limit, int offset, CancellationToken cancellationToken) =>
        await db.CircuitItems.AsNoTracking()
            .Where(i => i.CircuitId == circuitId)
            .OrderByDescending(i => i.PushedAt).ThenBy(i => i.Dfid)
            .Skip(offset).Take(limit)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlySet<string>> FindHeldAsync(
        Guid circuitId, IReadOnlyCollection<string> dfids, CancellationToken cancellationToken)
    {
        var wanted = dfids.ToList();
        return (await db.CircuitItems
                .Where(i => i.CircuitId == circuitId && wanted.Contains(i.Dfid))
                .Select(i => i.Dfid)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
    }

    public Task<CircuitItem?> GetAsync(Guid circuitId, string dfid, CancellationToken cancellationToken) =>
        db.CircuitItems.FirstOrDefaultAsync(i => i.CircuitId == circuitId && i.Dfid == dfid, cancellationToken);

    public void Add(CircuitItem item) => db.CircuitItems.Add(item);

    public void Remove(CircuitItem item) => db.CircuitItems.Remove(item);
}
