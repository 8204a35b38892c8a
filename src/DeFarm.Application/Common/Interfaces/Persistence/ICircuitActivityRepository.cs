using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>The activity logs of circuits.</summary>
public interface ICircuitActivityRepository
{
    /// <summary>Newest first (then by id), read-only, paged.</summary>
    Task<IReadOnlyList<CircuitActivity>> ListAsync(
        Guid circuitId, int limit, int offset, CancellationToken cancellationToken);

    void Add(CircuitActivity activity);
}
