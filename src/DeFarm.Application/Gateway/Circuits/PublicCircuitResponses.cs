using DeFarm.Application.Items;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Gateway.Circuits;

/// <summary>The public page <c>/c/{id}</c> (spa-contract §6 item 17); the arrays are never null.</summary>
public sealed record PublicCircuitPage(
    PublicCircuitSummary Circuit, PublicCircuitStats Stats, IReadOnlyList<PublicItemSummary> RecentItems);

/// <summary>
/// What the public sees of a circuit: its public name and description (the circuit's own when none is set),
/// sizes, and whether it takes join requests (every public circuit does; the owner decides on them).
/// </summary>
public sealed record PublicCircuitSummary(
    Guid Id,
    string Name,
    string Description,
    string? CircuitType,
    string Visibility,
    string PublicSlug,
    int MemberCount,
    int ItemCount,
    bool AllowJoinRequests,
    bool RequiresPassword,
    string? PublicLogoUrl,
    string? PublicContactEmail,
    string? PublicWebsite,
    DateTimeOffset CreatedAt)
{
    public static PublicCircuitSummary From(Circuit circuit) => new(
        circuit.Id,
        circuit.PublicSettings?.PublicName ?? circuit.Name,
        circuit.PublicSettings?.PublicDescription ?? circuit.Description,
        circuit.CircuitType,
        GatewayCircuit.VisibilityName(circuit.Visibility),
        circuit.Slug,
        circuit.Members.Count,
        circuit.PublishedItems.Count,
        AllowJoinRequests: true,
        circuit.PublicSettings?.RequiresPassword ?? false,
        circuit.PublicSettings?.LogoUrl,
        circuit.PublicContactEmail,
        circuit.PublicWebsite,
        circuit.CreatedAt);
}

/// <summary>Figures over the published items; <c>recent_activity_count</c> counts their public events of the last 30 days.</summary>
public sealed record PublicCircuitStats(
    int TotalItems, int ActiveItems, IReadOnlyList<string> ValueChains, IReadOnlyList<string> Countries,
    int RecentActivityCount)
{
    public static PublicCircuitStats Of(IReadOnlyList<PublicItemSummary> items, int recentActivityCount) => new(
        items.Count,
        items.Count(i => i.Status == nameof(ItemStatus.Active)),
        Distinct(items.Select(i => i.ValueChain)),
        Distinct(items.Select(i => i.Country)),
        recentActivityCount);

    private static List<string> Distinct(IEnumerable<string?> values) =>
        values.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// A published item on the public page. Its gateway id is its DFID (ADR-016); value chain, country and year are
/// the item's attributes of those names, as the front end registers them.
/// </summary>
public sealed record PublicItemSummary(string Id, string Dfid, string? ValueChain, string? Country, int? Year, string Status)
{
    public static PublicItemSummary From(Item item) => new(
        item.Dfid,
        item.Dfid,
        ItemDescription.ValueChainOf(item),
        ItemDescription.CountryOf(item),
        ItemDescription.YearOf(item),
        item.Status.ToString());
}

/// <summary>An entry of the discovery list; the front end links it as <c>/c/{public_slug}</c>.</summary>
public sealed record DiscoverableCircuit(
    Guid Id,
    string Name,
    string Description,
    string? CircuitType,
    string? PublicLogoUrl,
    int MemberCount,
    int ItemCount,
    string PublicSlug)
{
    public static DiscoverableCircuit From(Circuit circuit)
    {
        var summary = PublicCircuitSummary.From(circuit);
        return new DiscoverableCircuit(
            summary.Id, summary.Name, summary.Description, summary.CircuitType, summary.PublicLogoUrl,
            summary.MemberCount, summary.ItemCount, summary.PublicSlug);
    }
}

public sealed record DiscoverableCircuitList(IReadOnlyList<DiscoverableCircuit> Circuits, int Total, int Limit, int Offset);
