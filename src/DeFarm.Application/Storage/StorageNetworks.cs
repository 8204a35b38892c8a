namespace DeFarm.Application.Storage;

/// <summary>Names of the networks that hold item content, as the CID timeline records them.</summary>
public static class StorageNetworks
{
    public const string Ipfs = "ipfs";
    public const string Local = "local";
    public const string StellarTestnet = "stellar-testnet";
    public const string StellarMainnet = "stellar-mainnet";

    /// <summary>The networks whose registry contract the blockchain listener indexes.</summary>
    public static readonly IReadOnlyList<string> Indexed = [StellarTestnet, StellarMainnet];
}
