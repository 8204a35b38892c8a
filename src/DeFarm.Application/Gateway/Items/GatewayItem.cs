using System.Text.Json.Nodes;
using DeFarm.Application.Items;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Gateway.Items;

/// <summary>
/// An item as the web front end reads it (spa-contract §3.4): <c>id</c> is the DFID (ADR-016), the description
/// and metadata come from the enriched data (<see cref="ItemDescription"/>), the status is PascalCase, and the
/// front end's date aliases (<c>registered_at</c>, <c>last_updated_at</c>) are filled too.
/// </summary>
public sealed record GatewayItem(
    string Id,
    string Dfid,
    string? ValueChain,
    string? Country,
    int? Year,
    string Status,
    JsonObject Metadata,
    string? LocalId,
    DateTimeOffset RegisteredAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset LastUpdatedAt,
    string? MergedInto,
    string? SplitFrom)
{
    public static GatewayItem From(Item item) => new(
        item.Dfid,
        item.Dfid,
        ItemDescription.ValueChainOf(item),
        ItemDescription.CountryOf(item),
        ItemDescription.YearOf(item),
        item.Status.ToString(),
        ItemDescription.MetadataOf(item),
        item.LocalId?.ToString(),
        item.CreatedAt,
        item.CreatedAt,
        item.LastModified,
        item.LastModified,
        // Only a merged local item records where it went; a DFID merge keeps no pointer on the secondary.
        item.MergedIntoLocalId is { } master ? Item.LocalPrefix + master : null,
        SplitFrom: null);
}

/// <summary><c>{items, count}</c>; <c>count</c> is the number of items in this answer.</summary>
public sealed record GatewayItemList(IReadOnlyList<GatewayItem> Items, int Count)
{
    public static GatewayItemList From(IEnumerable<Item> items)
    {
        var page = items.Select(GatewayItem.From).ToList();
        return new GatewayItemList(page, page.Count);
    }
}

/// <summary>An identifier as the front end lists it: its type (the key or registry), value and kind.</summary>
public sealed record GatewayIdentifier(string IdentifierType, string Value, bool IsCanonical, string Namespace)
{
    public static GatewayIdentifier From(Identifier identifier) =>
        new(identifier.Key, identifier.Value, identifier.Kind == IdentifierKind.Canonical, identifier.Namespace);
}
