using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfAdminStatisticsQueries(DeFarmDbContext db) : IAdminStatisticsQueries
{
    public Task<int> CountPendingPushesAsync(CancellationToken cancellationToken) =>
        db.CircuitOperations.CountAsync(
            o => o.OperationType == CircuitOperationType.Push && o.Status == CircuitOperationStatus.Pending, cancellationToken);

    public async Task<long> CountStoredContentBytesAsync(CancellationToken cancellationToken) =>
        await db.ContentBlocks.SumAsync(b => (long)b.Content.Length, cancellationToken);
}
