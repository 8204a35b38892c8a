using DeFarm.Domain.ApiKeys;

namespace DeFarm.Application.ApiKeys;

/// <summary>A partner API key as listed (spa-contract §2.7 K1); never its secret.</summary>
public sealed record ApiKeyResponse(
    Guid Id,
    string KeyName,
    string? Description,
    Guid CircuitId,
    string KeyPrefix,
    bool IsActive,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    int RateLimitPerMinute,
    int RateLimitPerDay)
{
    public static ApiKeyResponse From(ApiKey key, DateTimeOffset? lastUsedAt) => new(
        key.Id, key.Name, key.Description, key.CircuitId, key.KeyPrefix, key.IsActive, key.CreatedAt, key.ExpiresAt,
        lastUsedAt, key.RateLimitPerMinute, key.RateLimitPerDay);
}

/// <summary>A key just created and its secret, which is shown this once.</summary>
public sealed record CreatedApiKey(ApiKeyResponse Key, string Secret);
