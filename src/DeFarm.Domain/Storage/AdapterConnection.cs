using System.Text.Json.Nodes;

namespace DeFarm.Domain.Storage;

/// <summary>
/// How to reach an adapter's service (engines-api.md §1.13, <c>connection_details</c>). <see cref="ApiKey"/>,
/// <see cref="SecretKey"/> and the values of <see cref="CustomHeaders"/> are secrets: stored, never shown.
/// </summary>
public sealed record AdapterConnection(
    string Endpoint,
    string? ApiKey,
    string? SecretKey,
    string AuthType,
    int TimeoutMs,
    int RetryAttempts,
    int MaxConcurrentRequests,
    JsonObject CustomHeaders)
{
    public const int DefaultTimeoutMs = 30000;
    public const int DefaultRetryAttempts = 3;
    public const int DefaultMaxConcurrentRequests = 10;

    /// <summary>The <c>auth_type</c> names of the original; <c>Custom(&lt;scheme&gt;)</c> is accepted as well.</summary>
    public static readonly IReadOnlyList<string> AuthTypes = ["None", "ApiKey", "Bearer", "BasicAuth", "OAuth2"];
}
