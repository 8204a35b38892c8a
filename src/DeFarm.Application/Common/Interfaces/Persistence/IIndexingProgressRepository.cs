using DeFarm.Domain.Storage;

namespace DeFarm.Application.Common.Interfaces.Persistence;

public interface IIndexingProgressRepository
{
    /// <summary>The listener's progress on <paramref name="network"/>, tracked; <c>null</c> before it first ran.</summary>
    Task<IndexingProgress?> GetAsync(string network, CancellationToken cancellationToken);

    void Add(IndexingProgress progress);
}
