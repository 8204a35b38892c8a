using DeFarm.Application.Gateway.Events;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Gateway.Items;

/// <summary>
/// <c>GET /api/items/{id}</c> of the front end: the item, its identifiers (the first canonical one also as
/// <c>canonical_identifier</c>) and its events the caller may see, newest first.
/// </summary>
public sealed record GatewayItemDetails(
    GatewayItem Item,
    IReadOnlyList<GatewayIdentifier> Identifiers,
    GatewayIdentifier? CanonicalIdentifier,
    IReadOnlyList<GatewayEvent> Events)
{
    public static GatewayItemDetails From(Item item, IReadOnlyList<GatewayEvent> events) => new(
        GatewayItem.From(item),
        item.Identifiers.Select(GatewayIdentifier.From).ToList(),
        item.FindFirstCanonicalIdentifier() is { } canonical ? GatewayIdentifier.From(canonical) : null,
        events);
}

/// <summary>
/// <c>POST /api/items</c> of the front end: the item's details (its events being those this request recorded)
/// and whether the request named an item the caller already had (200) rather than a new one (201).
/// </summary>
public sealed record GatewayItemCreated(
    GatewayItem Item,
    IReadOnlyList<GatewayIdentifier> Identifiers,
    GatewayIdentifier? CanonicalIdentifier,
    IReadOnlyList<GatewayEvent> Events,
    bool WasDeduplicated)
{
    public static GatewayItemCreated From(GatewayItemDetails details, bool wasDeduplicated) => new(
        details.Item, details.Identifiers, details.CanonicalIdentifier, details.Events, wasDeduplicated);
}
