using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Items;

internal static class ItemTierLimit
{
    /// <summary>403 when the caller already created their tier's items for this calendar month, UTC (decision 19).</summary>
    public static async Task EnsureWithinMonthlyLimitAsync(
        IItemRepository items, UserAccount caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (caller.Limits.MaxItemsPerMonth is { } limit
            && await CountCreatedThisMonthAsync(items, caller, now, cancellationToken) >= limit)
        {
            throw ItemErrors.TierLimitReached(limit);
        }
    }

    public static Task<int> CountCreatedThisMonthAsync(
        IItemRepository items, UserAccount caller, DateTimeOffset now, CancellationToken cancellationToken) =>
        items.CountCreatedSinceAsync(caller.Id, new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero), cancellationToken);
}
