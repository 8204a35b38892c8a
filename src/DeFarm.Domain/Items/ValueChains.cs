namespace DeFarm.Domain.Items;

/// <summary>
/// The value chains of the admin pages and bulk import (<c>BEEF</c>, <c>SOY</c>, … spa-contract §3.3) and the
/// identifier namespace each one is in the engines (engines-api.md §1.1).
/// </summary>
public static class ValueChains
{
    private static readonly Dictionary<string, string> NamespaceByChain = new(StringComparer.Ordinal)
    {
        ["BEEF"] = "bovino",
        ["DAIRY"] = "leite",
        ["POULTRY"] = "aves",
        ["PORK"] = "suino",
        ["SOY"] = "soja",
        ["CORN"] = "milho",
        ["COTTON"] = "algodao",
        ["COFFEE"] = "cafe",
    };

    public static IEnumerable<string> All => NamespaceByChain.Keys;

    /// <summary>The value chain's canonical (upper-case) name, or <c>null</c> when there is no such chain.</summary>
    public static string? Normalize(string valueChain)
    {
        var upper = valueChain.Trim().ToUpperInvariant();
        return NamespaceByChain.ContainsKey(upper) ? upper : null;
    }

    /// <summary>The identifier namespace of a known value chain.</summary>
    public static string NamespaceOf(string valueChain) => NamespaceByChain[valueChain];
}
