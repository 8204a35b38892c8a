using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.ApiKeys;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryApiKeyRepository(InMemoryUnitOfWork unitOfWork) : IApiKeyRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<ApiKey?> GetByIdAsync(Guid keyId, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.ApiKeys, keyId));

    public Task<ApiKey?> FindByHashAsync(string keyHash, CancellationToken cancellationToken) =>
        Task.FromResult(Database.Query(Database.ApiKeys, rows => rows.Where(k => k.KeyHash == keyHash)).SingleOrDefault());

    public Task<IReadOnlyList<ApiKey>> ListOwnedAsync(string ownerId, CancellationToken cancellationToken)
    {
        IReadOnlyList<ApiKey> owned = Database.Query(Database.ApiKeys, rows => rows
            .Where(k => k.OwnerId == ownerId)
            .OrderByDescending(k => k.CreatedAt).ThenBy(k => k.Id));
        return Task.FromResult(owned);
    }

    public void Add(ApiKey key) => unitOfWork.Insert(Database.ApiKeys, key);
}
