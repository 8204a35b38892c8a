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

    /// <summary>The circuit's row for the item, tracked (for removal), or <c>null</c> when it does not hold it.</summary>
    Task<CircuitItem?> GetAsync(Guid circuitId, string dfid, CancellationToken cancellationToken);

    /// <summary>
    /// Stages a new row; a second row for the same (circuit, DFID) fails the commit as a concurrent update, so a
    /// push that lost that race runs again and finds the item held.
    /// </summary>
    void Add(CircuitItem item);

    void Remove(CircuitItem item);
}
