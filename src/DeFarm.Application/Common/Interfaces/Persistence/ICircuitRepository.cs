using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>Circuits with everything they own (members, roles, join requests, settings, published items).</summary>
public interface ICircuitRepository
{
    /// <summary>The circuit, tracked for changes.</summary>
    Task<Circuit?> GetByIdAsync(Guid circuitId, CancellationToken cancellationToken);

    /// <summary>The circuit with this slug, tracked for changes.</summary>
    Task<Circuit?> GetBySlugAsync(string slug, CancellationToken cancellationToken);

    /// <summary>How many active circuits the user owns, for the tier limit (decision 19).</summary>
    Task<int> CountActiveOwnedByAsync(string ownerId, CancellationToken cancellationToken);

    void Add(Circuit circuit);
}
