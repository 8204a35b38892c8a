using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryAdminStatisticsQueries(InMemoryDatabase database) : IAdminStatisticsQueries
{
    public Task<int> CountPendingPushesAsync(CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            return Task.FromResult(database.CircuitOperations.Rows.Count(
                o => o.OperationType == CircuitOperationType.Push && o.Status == CircuitOperationStatus.Pending));
        }
    }

    public Task<long> CountStoredContentBytesAsync(CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            return Task.FromResult(database.ContentBlocks.Rows.Sum(b => (long)b.Content.Length));
        }
    }
}
