using DeFarm.Application.Items;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>Who is looking: lists show only the items this caller may see.</summary>
public sealed record ItemViewer(string UserId, string? WorkspaceId, bool IsAdmin);

/// <summary>List filters of <c>GET /api/items</c>; a value filter without a key is ignored.</summary>
public sealed record ItemFilter(string? IdentifierKey, string? IdentifierValue, ItemStatus? Status);

public sealed record ItemStatistics(int Total, int Active, int Merged, int Split, int Deprecated, double AverageConfidence);

/// <summary>Read side of the item registry: filtered, paged in the store, restricted to what the viewer may see.</summary>
public interface IItemQueries
{
    /// <summary>Oldest first (then by DFID), skipping <paramref name="offset"/> and taking at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Item>> ListAsync(
        ItemViewer viewer, ItemFilter filter, int limit, int offset, CancellationToken cancellationToken);

    /// <summary>
    /// The web front end's item list: newest first (then by DFID descending), only the items
    /// <paramref name="circuitId"/> holds when given, skipping <paramref name="offset"/> and taking at most
    /// <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<Item>> ListNewestFirstAsync(
        ItemViewer viewer, Guid? circuitId, int limit, int offset, CancellationToken cancellationToken);

    Task<ItemStatistics> GetStatisticsAsync(ItemViewer viewer, CancellationToken cancellationToken);

    /// <summary>
    /// The item, untracked, if the user may see it; <c>null</c> when it is missing, invisible to them, or the user
    /// no longer exists. Its creator's read costs one round trip, anyone else's a second one for their admin flag,
    /// workspace and grants.
    /// </summary>
    Task<Item?> GetVisibleAsync(string userId, string dfid, CancellationToken cancellationToken);

    /// <summary>
    /// What <see cref="GetVisibleAsync"/> finds, as <c>GET /api/items/{dfid}</c> answers it: the read model of the
    /// API's hottest route, read in one round trip whoever the caller is (ADR-021).
    /// </summary>
    Task<ItemResponse?> ReadVisibleAsync(string userId, string dfid, CancellationToken cancellationToken);
}
