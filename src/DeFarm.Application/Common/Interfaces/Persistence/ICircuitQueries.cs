using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>
/// Filters of <c>GET /api/circuits</c>: the circuits <see cref="ViewerId"/> belongs to, plus, with
/// <see cref="IncludePublic"/>, those publicly accessible at <see cref="Now"/>; archived ones only with
/// <see cref="IncludeArchived"/>.
/// </summary>
public sealed record CircuitListFilter(
    string ViewerId, bool IncludePublic, CircuitStatus? Status, DateTimeOffset Now, int Limit, int Offset,
    bool IncludeArchived = true);

/// <summary>
/// The discovery list: circuits <see cref="Circuit.IsDiscoverable"/> at <see cref="Now"/>; with a
/// <see cref="Search"/> term, only searchable ones whose name or description, own or public, contains it (any letter
/// case).
/// </summary>
public sealed record CircuitDiscoveryFilter(string? Search, DateTimeOffset Now, int Limit, int Offset);

/// <summary>A page of discoverable circuits and how many match in all.</summary>
public sealed record CircuitDiscoveryPage(IReadOnlyList<Circuit> Circuits, int Total);

/// <summary>Read side of circuits: lists of read-only circuits, filtered and paged in the store.</summary>
public interface ICircuitQueries
{
    /// <summary>Newest first (then by id).</summary>
    Task<IReadOnlyList<Circuit>> ListAsync(CircuitListFilter filter, CancellationToken cancellationToken);

    /// <summary>Newest first (then by id).</summary>
    Task<CircuitDiscoveryPage> ListDiscoverableAsync(CircuitDiscoveryFilter filter, CancellationToken cancellationToken);

    /// <summary>The items the circuit publishes, read-only, most recently published first.</summary>
    Task<IReadOnlyList<Item>> ListPublishedItemsAsync(Guid circuitId, CancellationToken cancellationToken);

    /// <summary>The circuits the user owns or is a member of, newest first.</summary>
    Task<IReadOnlyList<Circuit>> ListOfMemberAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>The names of those of <paramref name="circuitIds"/> that exist, by id (events name their circuit).</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(
        IReadOnlyCollection<Guid> circuitIds, CancellationToken cancellationToken);
}
