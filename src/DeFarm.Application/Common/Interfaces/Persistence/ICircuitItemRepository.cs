using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>The items circuits hold; at most one row per (circuit, DFID), enforced by the store.</summary>
public interface ICircuitItemRepository
{
    /// <summary>Newest push first (then by DFID), read-only, paged.</summary>
    Task<IReadOnlyList<CircuitItem>> ListAsync(Guid circuitId, int limit, int offset, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="dfids"/> the circuit holds.</summary>
    Task<IReadOnlySet<string>> FindHeldAsync(
        Guid circuitId, IReadOnlyCollection<string> dfids, CancellationToken cancellationToken);

    void Add(CircuitItem item);
}
