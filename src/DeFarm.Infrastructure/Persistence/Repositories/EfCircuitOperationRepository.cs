using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfCircuitOperationRepository(DeFarmDbContext db) : ICircuitOperationRepository
{
    public async Task<IReadOnlyList<CircuitOperation>> ListAsync(
        Guid circuitId, CircuitOperationType? type, CircuitOperationStatus? status, int limit, int offset,
        CancellationToken cancellationToken)
    {
        var query = db.CircuitOperations.AsNoTracking().Where(o => o.CircuitId == circuitId);
        if (type is { } operationType)
        {
            query = query.Where(o => o.OperationType == operationType);
        }

        if (status is { } operationStatus)
        {
            query = query.Where(o => o.Status == operationStatus);
        }

        return await query
            .OrderByDescending(o => o.Timestamp).ThenBy(o => o.OperationId)
            .Skip(offset).Take(limit)
            .ToListAsync(cancellationToken);
    }

    public Task<CircuitOperation?> GetByIdAsync(Guid operationId, CancellationToken cancellationToken) =>
        db.CircuitOperations.FirstOrDefaultAsync(o => o.OperationId == operationId, cancellationToken);

    public void Add(CircuitOperation operation) => db.CircuitOperations.Add(operation);
}
