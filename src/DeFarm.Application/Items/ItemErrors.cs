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

    /// <summary>The caller sees the item only through a viewing circuit role or a public circuit's publication: reading, not writing.</summary>
    public static ForbiddenException ReadOnlyForEvents() => new(
        "item_read_only",
        "Only the item's creator, an admin, a user it was shared with or a circuit member with push permission may record its events");

    // Shares

    public static ForbiddenException NotAllowedToShare() =>
        new("not_item_owner", "Only the item's creator or an admin may share it");

    public static ForbiddenException NotAllowedToListShares() =>
        new("forbidden", "Only that user or an admin may list the items shared with them");

    /// <summary>Two requests shared the item with the same user at once; the loser sees this.</summary>
    public static ConflictException AlreadyShared() =>
        new("item_already_shared", "The item is already shared with this user");

    // Pending items

    public static RequestValidationException InvalidPendingItemId() =>
        RequestValidationException.ForField("id", "Invalid pending item id");

    /// <summary>Also what a caller gets for someone else's pending item.</summary>
    public static NotFoundException PendingItemNotFound() => new("pending_item_not_found", "Pending item not found");

    public static ConflictException PendingItemAlreadyResolved() =>
        new("pending_item_resolved", "Pending item was already resolved");
}
