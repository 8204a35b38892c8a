namespace DeFarm.Domain.Items;

/// <summary>The product lines an identifier may belong to (engines-api.md §1.1).</summary>
public static class IdentifierNamespaces
{
    public const string Generic = "generic";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "bovino", "aves", "suino", "soja", "milho", "algodao", "cafe", "leite", Generic,
    };

    public static bool IsValid(string @namespace) => All.Contains(@namespace);
}
