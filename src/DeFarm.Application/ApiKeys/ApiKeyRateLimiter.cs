using DeFarm.Application.ApiKeys.Queries.AuthenticateApiKey;
using DeFarm.Application.Common.Interfaces.Persistence;

namespace DeFarm.Application.ApiKeys;

/// <summary>
/// Applies an API key's limits before its request runs and counts the request after (ADR-019). The limits count
/// the current calendar minute and the last 24 hours; checking and counting are separate steps, so a burst of
/// concurrent requests can pass a limit by the few that were checked together.
/// </summary>
public sealed class ApiKeyRateLimiter(IApiKeyUsage usage, TimeProvider clock)
{
    public async Task EnsureWithinLimitsAsync(ApiKeyIdentity key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var counts = await usage.GetCountsAsync(key.KeyId, now, cancellationToken);
        // Both windows move by the minute, so the next minute is the earliest a refused call can pass.
        var untilNextMinute = TimeSpan.FromSeconds(60 - now.Second);
        if (counts.RequestsThisMinute >= key.RateLimitPerMinute)
        {
            throw ApiKeyErrors.RateLimited("minute", key.RateLimitPerMinute, untilNextMinute);
        }

        if (counts.RequestsLast24Hours >= key.RateLimitPerDay)
        {
            throw ApiKeyErrors.RateLimited("day", key.RateLimitPerDay, untilNextMinute);
        }
    }

    public Task RecordAsync(ApiKeyIdentity key, ApiKeyRequestOutcome outcome, CancellationToken cancellationToken) =>
        usage.RecordAsync(key.KeyId, clock.GetUtcNow(), outcome, cancellationToken);
}
