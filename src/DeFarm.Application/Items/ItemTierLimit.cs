using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Items;

internal static class ItemTierLimit
{
    /// <summary>403 when the caller already created their tier's items for this calendar month, UTC (decision 19).</summary>
    public static async Task EnsureWithinMonthlyLimitAsync(
        IItemRepository items, UserAccount caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (caller.Limits.MaxItemsPerMonth is not { } limit)
        {
            return;
        }

        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        if (await items.CountCreatedSinceAsync(caller.Id, monthStart, cancellationToken) >= limit)
        {
            throw ItemErrors.TierLimitReached(limit);
        }
    }
}
