namespace DeFarm.Domain.Circuits;

/// <summary>
/// How a circuit presents itself to people looking for circuits: listed in discovery, matched by searches,
/// marked published, and how to reach its owners.
/// </summary>
public sealed record CircuitListing(
    bool DiscoveryEnabled, bool Searchable, bool IsPublished, string? ContactEmail, string? Website)
{
    public static CircuitListing Unlisted { get; } = new(false, false, false, null, null);
}
