using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryIndexingProgressRepository(InMemoryUnitOfWork unitOfWork) : IIndexingProgressRepository
{
    public Task<IndexingProgress?> GetAsync(string network, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(unitOfWork.Database.IndexingProgress, network));

    public void Add(IndexingProgress progress) => unitOfWork.Insert(unitOfWork.Database.IndexingProgress, progress);
}
