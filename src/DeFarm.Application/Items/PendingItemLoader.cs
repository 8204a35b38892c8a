using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Items;

internal static class PendingItemLoader
{
    /// <summary>
    /// The pending item with this id if the caller created it or is an admin: 400 when the id is not a UUID,
    /// 404 when it is missing or someone else's.
    /// </summary>
    public static async Task<PendingItem> LoadOwnAsync(
        IPendingItemRepository pendingItems, string id, UserAccount caller, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var pendingId))
        {
            throw ItemErrors.InvalidPendingItemId();
        }

        var pending = await pendingItems.GetByIdAsync(pendingId, cancellationToken);
        return pending is not null && (caller.IsAdmin || pending.CreatedBy == caller.Id)
            ? pending
            : throw ItemErrors.PendingItemNotFound();
    }
}
