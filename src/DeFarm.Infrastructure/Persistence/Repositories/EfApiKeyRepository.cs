using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.ApiKeys;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfApiKeyRepository(DeFarmDbContext db) : IApiKeyRepository
{
    public Task<ApiKey?> GetByIdAsync(Guid keyId, CancellationToken cancellationToken) =>
        db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId, cancellationToken);

    public Task<ApiKey?> FindByHashAsync(string keyHash, CancellationToken cancellationToken) =>
        db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == keyHash, cancellationToken);

    public async Task<IReadOnlyList<ApiKey>> ListOwnedAsync(string ownerId, CancellationToken cancellationToken) =>
        await db.ApiKeys.AsNoTracking()
            .Where(k => k.OwnerId == ownerId)
            .OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id)
            .ToListAsync(cancellationToken);

    public void Add(ApiKey key) => db.ApiKeys.Add(key);
}
