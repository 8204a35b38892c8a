using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>
/// Filters of <c>GET /api/circuits</c>: the circuits <see cref="ViewerId"/> belongs to, plus, with
/// <see cref="IncludePublic"/>, those publicly accessible at <see cref="Now"/>.
/// </summary>
public sealed record CircuitListFilter(
    string ViewerId, bool IncludePublic, CircuitStatus? Status, DateTimeOffset Now, int Limit, int Offset);

/// <summary>Read side of circuits: lists of read-only circuits, filtered and paged in the store.</summary>
public interface ICircuitQueries
{
    /// <summary>Newest first (then by id).</summary>
    Task<IReadOnlyList<Circuit>> ListAsync(CircuitListFilter filter, CancellationToken cancellationToken);

    /// <summary>The circuits the user owns or is a member of, newest first.</summary>
    Task<IReadOnlyList<Circuit>> ListOfMemberAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>The names of those of <paramref name="circuitIds"/> that exist, by id (events name their circuit).</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(
        IReadOnlyCollection<Guid> circuitIds, CancellationToken cancellationToken);
}
