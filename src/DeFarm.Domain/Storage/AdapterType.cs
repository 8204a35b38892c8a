using DeFarm.Domain.Common;

namespace DeFarm.Domain.Storage;

public enum AdapterKind
{
    None,
    IpfsIpfs,
    StellarTestnetIpfs,
    StellarMainnetIpfs,
    EthereumGoerliIpfs,
    PolygonArweave,
    Custom,
}

/// <summary>
/// Where an item and its events are stored (engines-api.md §1.6). Written in its canonical string form
/// (<c>ipfs-ipfs</c>, <c>custom-&lt;name&gt;</c>); on input the variant names (<c>IpfsIpfs</c>) are accepted too.
/// </summary>
public sealed record AdapterType
{
    public const string CustomPrefix = "custom-";

    private static readonly (AdapterKind Kind, string Canonical)[] Spellings =
    [
        (AdapterKind.None, "none"),
        (AdapterKind.IpfsIpfs, "ipfs-ipfs"),
        (AdapterKind.StellarTestnetIpfs, "stellar_testnet-ipfs"),
        (AdapterKind.StellarMainnetIpfs, "stellar_mainnet-ipfs"),
        (AdapterKind.EthereumGoerliIpfs, "ethereum_goerli-ipfs"),
        (AdapterKind.PolygonArweave, "polygon-arweave"),
    ];

    private AdapterType(AdapterKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    public static AdapterType None { get; } = Of(AdapterKind.None);

    public static AdapterType IpfsIpfs { get; } = Of(AdapterKind.IpfsIpfs);

    public AdapterKind Kind { get; }

    /// <summary>The canonical string form, e.g. <c>stellar_testnet-ipfs</c>.</summary>
    public string Name { get; }

    /// <summary>Reads either spelling (trimmed); anything else is a 400 <c>Unknown adapter type: &lt;text&gt;</c>.</summary>
    public static AdapterType Parse(string? text) =>
        TryParse(text, out var type)
            ? type
            : throw new BusinessRuleException("unknown_adapter_type", $"Unknown adapter type: {text}");

    public static bool TryParse(string? text, out AdapterType type)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        foreach (var (kind, canonical) in Spellings)
        {
            if (trimmed == canonical || trimmed == kind.ToString())
            {
                type = Of(kind);
                return true;
            }
        }

        var isCustom = trimmed.StartsWith(CustomPrefix, StringComparison.Ordinal) && trimmed.Length > CustomPrefix.Length;
        type = isCustom ? new AdapterType(AdapterKind.Custom, trimmed) : None;
        return isCustom;
    }

    public override string ToString() => Name;

    private static AdapterType Of(AdapterKind kind) => new(kind, Spellings.Single(s => s.Kind == kind).Canonical);
}
