using Microsoft.Extensions.Configuration;

namespace DeFarm.Infrastructure.Storage;

/// <summary>
/// Where the IPFS (Kubo) node is and how patiently to talk to it.
/// <c>IPFS_ENDPOINT</c>: the node's RPC base URL (e.g. <c>http://localhost:5001</c>); when unset, <c>ipfs-ipfs</c>
/// keeps content in DeFarm's own content-addressed store. <c>Ipfs:TimeoutMilliseconds</c> bounds each attempt,
/// <c>Ipfs:RetryAttempts</c> is the number of attempts, and <c>Ipfs:RetryDelayMilliseconds</c> the first pause
/// between them (doubled after each failure).
/// </summary>
internal sealed record IpfsSettings(Uri? Endpoint, TimeSpan Timeout, int RetryAttempts, TimeSpan RetryDelay)
{
    public static IpfsSettings From(IConfiguration configuration)
    {
        // A trailing slash keeps a base path (http://gateway/ipfs-rpc/) when api/v0/… is resolved against it.
        var endpoint = configuration["IPFS_ENDPOINT"]?.Trim().TrimEnd('/') + "/";
        Uri? uri = null;
        if (endpoint != "/"
            && (!Uri.TryCreate(endpoint, UriKind.Absolute, out uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new InvalidOperationException($"IPFS_ENDPOINT must be an http or https URL, not '{endpoint}'.");
        }

        return new IpfsSettings(
            uri,
            TimeSpan.FromMilliseconds(Positive(configuration, "Ipfs:TimeoutMilliseconds", 30_000)),
            Positive(configuration, "Ipfs:RetryAttempts", 3),
            TimeSpan.FromMilliseconds(configuration.GetValue("Ipfs:RetryDelayMilliseconds", 500)));
    }

    private static int Positive(IConfiguration configuration, string key, int fallback)
    {
        var value = configuration.GetValue(key, fallback);
        return value > 0 ? value : throw new InvalidOperationException($"{key} must be positive, not {value}.");
    }
}
