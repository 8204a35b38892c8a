using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfLidDfidMappingRepository(DeFarmDbContext db) : ILidDfidMappingRepository
{
    public async Task<string?> GetDfidAsync(Guid localId, CancellationToken cancellationToken) =>
        await db.LidDfidMappings.AsNoTracking()
            .Where(m => m.LocalId == localId)
            .Select(m => m.Dfid)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlySet<Guid>> FindMappedAsync(
        IReadOnlyCollection<Guid> localIds, CancellationToken cancellationToken) =>
        localIds.Count == 0
            ? new HashSet<Guid>()
            : (await db.LidDfidMappings.AsNoTracking()
                .Where(m => localIds.Contains(m.LocalId))
                .Select(m => m.LocalId)
                .ToListAsync(cancellationToken)).ToHashSet();

    public void Add(LidDfidMapping mapping) => db.LidDfidMappings.Add(mapping);
}
