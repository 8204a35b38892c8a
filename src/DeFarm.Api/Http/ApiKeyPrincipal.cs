using System.Globalization;
using System.Security.Claims;
using DeFarm.Application.ApiKeys.Queries.AuthenticateApiKey;
using DeFarm.Infrastructure.Security;

namespace DeFarm.Api.Http;

/// <summary>The claims of a request signed in with an API key: the owner as <c>user_id</c>, then the key.</summary>
public static class ApiKeyPrincipal
{
    private const string KeyIdClaim = "api_key_id";
    private const string CircuitIdClaim = "api_key_circuit_id";
    private const string PerMinuteClaim = "api_key_rate_limit_per_minute";
    private const string PerDayClaim = "api_key_rate_limit_per_day";

    public static ClaimsPrincipal Create(ApiKeyIdentity key) => new(new ClaimsIdentity(
        [
            new Claim(JwtSettings.UserIdClaim, key.OwnerId),
            new Claim(KeyIdClaim, key.KeyId.ToString()),
            new Claim(CircuitIdClaim, key.CircuitId.ToString()),
            new Claim(PerMinuteClaim, key.RateLimitPerMinute.ToString(CultureInfo.InvariantCulture)),
            new Claim(PerDayClaim, key.RateLimitPerDay.ToString(CultureInfo.InvariantCulture)),
        ],
        ApiKeyAuthentication.Scheme));

    public static ApiKeyIdentity? Read(ClaimsPrincipal principal) =>
        principal.FindFirst(KeyIdClaim)?.Value is { } keyId
            ? new ApiKeyIdentity(
                Guid.Parse(keyId),
                principal.FindFirst(JwtSettings.UserIdClaim)!.Value,
                Guid.Parse(principal.FindFirst(CircuitIdClaim)!.Value),
                int.Parse(principal.FindFirst(PerMinuteClaim)!.Value, CultureInfo.InvariantCulture),
                int.Parse(principal.FindFirst(PerDayClaim)!.Value, CultureInfo.InvariantCulture))
            : null;
}
