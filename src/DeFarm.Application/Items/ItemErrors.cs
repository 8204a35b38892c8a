using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Items;

public static class ItemErrors
{
    /// <summary>Also what a caller gets for an item that exists but is not theirs to see.</summary>
    public static NotFoundException NotFound() => new("item_not_found", "Item not found");

    /// <summary>The identifier is on an item the caller may not change; the message never names that item.</summary>
    public static ConflictException IdentifierTaken(Identifier identifier) => new(
        "identifier_taken", $"Identifier '{identifier.UniqueKey}' already belongs to another owner's item");

    public static ForbiddenException TierLimitReached(int limit) => new(
        "tier_limit_reached", $"Your tier allows {limit} new items per month; upgrade to create more.");
}
