using DeFarm.Domain.Users;

namespace DeFarm.Domain.Circuits;

/// <summary>
/// The storage adapter a circuit pushes to, held as its canonical string (<c>ipfs-ipfs</c>, <c>none</c> …,
/// engines-api.md §1.6). The one place adapter strings are parsed and the tier rule of §3.7 lives.
/// </summary>
public readonly record struct CircuitAdapterType
{
    public const string CustomPrefix = "custom-";
    public const int MaxLength = 100;

    public static readonly CircuitAdapterType None = new("none");
    public static readonly CircuitAdapterType IpfsIpfs = new("ipfs-ipfs");
    public static readonly CircuitAdapterType StellarTestnetIpfs = new("stellar_testnet-ipfs");
    public static readonly CircuitAdapterType StellarMainnetIpfs = new("stellar_mainnet-ipfs");

    /// <summary>Canonical string → the Rust variant name, also accepted on input.</summary>
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["none"] = "None",
        ["ipfs-ipfs"] = "IpfsIpfs",
        ["stellar_testnet-ipfs"] = "StellarTestnetIpfs",
        ["stellar_mainnet-ipfs"] = "StellarMainnetIpfs",
        ["ethereum_goerli-ipfs"] = "EthereumGoerliIpfs",
        ["polygon-arweave"] = "PolygonArweave",
    };

    private CircuitAdapterType(string name) => Name = name;

    /// <summary>The canonical string form.</summary>
    public string Name { get; }

    /// <summary>Either spelling of a known adapter, or <c>custom-&lt;name&gt;</c>; surrounding blanks are ignored.</summary>
    public static bool TryParse(string? text, out CircuitAdapterType type)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        string? canonical = Known.ContainsKey(trimmed)
            ? trimmed
            : Known.FirstOrDefault(k => k.Value == trimmed).Key;
        if (canonical is null && trimmed.StartsWith(CustomPrefix, StringComparison.Ordinal)
            && trimmed.Length > CustomPrefix.Length && trimmed.Length <= MaxLength)
        {
            canonical = trimmed;
        }

        type = canonical is null ? default : new CircuitAdapterType(canonical);
        return canonical is not null;
    }

    /// <summary>Reads a stored canonical string back.</summary>
    public static CircuitAdapterType FromStored(string name) => new(name);

    /// <summary>
    /// Whether a user of <paramref name="tier"/> may configure this adapter on a circuit (engines-api.md §3.7):
    /// none and ipfs-ipfs for everyone, Stellar testnet from Professional, mainnet from Enterprise, others nobody.
    /// </summary>
    public bool IsAvailableTo(UserTier tier)
    {
        if (this == None || this == IpfsIpfs)
        {
            return true;
        }

        if (this == StellarTestnetIpfs)
        {
            return tier is UserTier.Professional or UserTier.Enterprise or UserTier.Admin;
        }

        return this == StellarMainnetIpfs && tier is UserTier.Enterprise or UserTier.Admin;
    }

    public override string ToString() => Name;
}
