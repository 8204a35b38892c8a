using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryLidDfidMappingRepository(InMemoryUnitOfWork unitOfWork) : ILidDfidMappingRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<string?> GetDfidAsync(Guid localId, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            return Task.FromResult(
                Database.LidDfidMappings.TryGet(localId, out var mapping, out _) ? mapping.Dfid : null);
        }
    }

    public Task<IReadOnlySet<Guid>> FindMappedAsync(
        IReadOnlyCollection<Guid> localIds, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            return Task.FromResult<IReadOnlySet<Guid>>(
                localIds.Where(id => Database.LidDfidMappings.TryGet(id, out _, out _)).ToHashSet());
        }
    }

    public void Add(LidDfidMapping mapping) => unitOfWork.Insert(Database.LidDfidMappings, mapping);
}
