using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryCircuitOperationRepository(InMemoryUnitOfWork unitOfWork) : ICircuitOperationRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<IReadOnlyList<CircuitOperation>> ListAsync(
        Guid circuitId, CircuitOperationType? type, CircuitOperationStatus? status, int limit, int offset,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<CircuitOperation> page = Database.Query(Database.CircuitOperations, rows => rows
            .Where(o => o.CircuitId == circuitId)
            .Where(o => type is null || o.OperationType == type)
            .Where(o => status is null || o.Status == status)
            .OrderByDescending(o => o.Timestamp).ThenBy(o => o.OperationId)
            .Skip(offset).Take(limit));
        return Task.FromResult(page);
    }

    public Task<CircuitOperation?> GetByIdAsync(Guid operationId, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.CircuitOperations, operationId));

    public void Add(CircuitOperation operation) => unitOfWork.Insert(Database.CircuitOperations, operation);
}
