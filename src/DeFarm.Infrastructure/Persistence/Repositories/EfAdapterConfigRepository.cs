using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfAdapterConfigRepository(DeFarmDbContext db) : IAdapterConfigRepository
{
    public async Task<AdapterConfig?> GetByIdAsync(Guid configId, CancellationToken cancellationToken) =>
        await db.AdapterConfigs.FindAsync([configId], cancellationToken);

    public Task<AdapterConfig?> GetDefaultAsync(AdapterType adapterType, CancellationToken cancellationToken) =>
        db.AdapterConfigs.FirstOrDefaultAsync(c => c.DefaultFor == adapterType.Name, cancellationToken);

    public async Task<IReadOnlyList<AdapterConfig>> ListAsync(CancellationToken cancellationToken) =>
        await db.AdapterConfigs.AsNoTracking().OrderBy(c => c.CreatedAt).ThenBy(c => c.ConfigId).ToListAsync(cancellationToken);

    public void Add(AdapterConfig config) => db.AdapterConfigs.Add(config);

    public void Remove(AdapterConfig config) => db.AdapterConfigs.Remove(config);
}
