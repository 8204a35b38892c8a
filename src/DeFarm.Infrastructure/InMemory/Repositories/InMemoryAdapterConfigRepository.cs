using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryAdapterConfigRepository(InMemoryUnitOfWork unitOfWork) : IAdapterConfigRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<AdapterConfig?> GetByIdAsync(Guid configId, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.AdapterConfigs, configId));

    public Task<AdapterConfig?> GetDefaultAsync(AdapterType adapterType, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.LoadByUnique(
            Database.AdapterConfigs, InMemoryDatabase.AdapterConfigDefaultConstraint, adapterType.Name));

    public Task<IReadOnlyList<AdapterConfig>> ListAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<AdapterConfig> configs = Database.Query(
            Database.AdapterConfigs, rows => rows.OrderBy(c => c.CreatedAt).ThenBy(c => c.ConfigId));
        return Task.FromResult(configs);
    }

    public void Add(AdapterConfig config) => unitOfWork.Insert(Database.AdapterConfigs, config);

    public void Remove(AdapterConfig config) => unitOfWork.Delete(Database.AdapterConfigs, config);
}
