using DeFarm.Application.Common.Exceptions;

namespace DeFarm.Application.Items;

public static class ItemErrors
{
    /// <summary>Also what a caller gets for an item that exists but is not theirs to see.</summary>
    public static NotFoundException NotFound() => new("item_not_found", "Item not found");

    public static ForbiddenException TierLimitReached(int limit) => new(
        "tier_limit_reached", $"Your tier allows {limit} new items per month; upgrade to create more.");
}
