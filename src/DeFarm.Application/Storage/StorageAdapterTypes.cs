using DeFarm.Domain.Storage;

namespace DeFarm.Application.Storage;

/// <summary>
/// The adapter types this deployment can actually use. Blockchain adapters (Stellar, Ethereum, Polygon) and
/// custom ones are not built yet: naming one where it would be used answers 400 <c>Adapter not available</c>
/// rather than pretending to store anything.
/// </summary>
public static class StorageAdapterTypes
{
    public static readonly IReadOnlyList<AdapterKind> Implemented = [AdapterKind.None, AdapterKind.IpfsIpfs];

    /// <summary>Parses either spelling (400 <c>Unknown adapter type</c>) and requires an implemented type.</summary>
    public static AdapterType ParseImplemented(string? text)
    {
        var adapterType = AdapterType.Parse(text);
        EnsureImplemented(adapterType);
        return adapterType;
    }

    public static void EnsureImplemented(AdapterType adapterType)
    {
        if (!Implemented.Contains(adapterType.Kind))
        {
            throw StorageErrors.AdapterNotAvailable(adapterType);
        }
    }
}
