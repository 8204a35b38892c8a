using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.ApiKeys;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.ApiKeys.Queries.AuthenticateApiKey;

/// <summary>
/// Checks a presented key secret in the order of the original (engines-api.md §5.2): known hash, active, not
/// expired; then that its owner may still sign in. Answers who the request acts as, or why it is refused.
/// </summary>
public sealed record AuthenticateApiKeyQuery(string Secret) : IQuery<ApiKeyAuthentication>;

/// <summary>Who a request made with an API key acts as: the key's owner, limited to the key's circuit.</summary>
public sealed record ApiKeyIdentity(Guid KeyId, string OwnerId, Guid CircuitId, int RateLimitPerMinute, int RateLimitPerDay);

/// <summary>Either <see cref="Identity"/> or the refusal's code and message (both 401).</summary>
public sealed record ApiKeyAuthentication(ApiKeyIdentity? Identity, string? RefusalCode, string? RefusalMessage)
{
    internal static ApiKeyAuthentication Refused(string code, string message) => new(null, code, message);
}

internal sealed class AuthenticateApiKeyQueryHandler(IApiKeyRepository keys, IUserRepository users, TimeProvider clock)
    : IQueryHandler<AuthenticateApiKeyQuery, ApiKeyAuthentication>
{
    public async ValueTask<ApiKeyAuthentication> Handle(AuthenticateApiKeyQuery query, CancellationToken cancellationToken)
    {
        var key = ApiKey.LooksLikeSecret(query.Secret)
            ? await keys.FindByHashAsync(ApiKey.HashOf(query.Secret), cancellationToken)
            : null;
        if (key is null)
        {
            return ApiKeyAuthentication.Refused("invalid_api_key", "Invalid API key");
        }

        switch (key.RefusalAt(clock.GetUtcNow()))
        {
            case ApiKeyRefusal.Revoked:
                return ApiKeyAuthentication.Refused("api_key_inactive", "API key has been revoked");
            case ApiKeyRefusal.Expired:
                return ApiKeyAuthentication.Refused("api_key_expired", "API key has expired");
        }

        var owner = await users.GetByIdAsync(key.OwnerId, cancellationToken);
        if (owner is not { Status: AccountStatus.Active })
        {
            return ApiKeyAuthentication.Refused("api_key_owner_inactive", "The account this API key belongs to is not active");
        }

        return new ApiKeyAuthentication(
            new ApiKeyIdentity(key.Id, key.OwnerId, key.CircuitId, key.RateLimitPerMinute, key.RateLimitPerDay), null, null);
    }
}
