using DeFarm.Domain.Items;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>
/// Filters of <c>GET /api/items/pending</c>. <paramref name="OwnerUserId"/> <c>null</c> means everyone's (admins);
/// <paramref name="Reasons"/> <c>null</c> means any reason.
/// </summary>
public sealed record PendingItemFilter(
    string? OwnerUserId, IReadOnlyCollection<PendingReason>? Reasons, int? PriorityMin);

/// <summary>Read side of the pending items awaiting review.</summary>
public interface IPendingItemQueries
{
    /// <summary>Unresolved pending items, highest priority first, then oldest first; paged in the store.</summary>
    Task<IReadOnlyList<PendingItem>> ListUnresolvedAsync(
        PendingItemFilter filter, int limit, int offset, CancellationToken cancellationToken);
}
