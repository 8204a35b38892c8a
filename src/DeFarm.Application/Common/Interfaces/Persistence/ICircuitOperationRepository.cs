using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>Pushes and pulls through circuits.</summary>
public interface ICircuitOperationRepository
{
    /// <summary>
    /// The circuit's operations (only those of <paramref name="type"/> and <paramref name="status"/> when given),
    /// newest first (then by id), read-only, paged.
    /// </summary>
    Task<IReadOnlyList<CircuitOperation>> ListAsync(
        Guid circuitId, CircuitOperationType? type, CircuitOperationStatus? status, int limit, int offset,
        CancellationToken cancellationToken);

    /// <summary>The operation, tracked for changes.</summary>
    Task<CircuitOperation?> GetByIdAsync(Guid operationId, CancellationToken cancellationToken);

    void Add(CircuitOperation operation);
}
