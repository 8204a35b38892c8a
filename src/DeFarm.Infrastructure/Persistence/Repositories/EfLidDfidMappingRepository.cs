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

    public void Add(LidDfidMapping mapping) => db.LidDfidMappings.Add(mapping);
}
