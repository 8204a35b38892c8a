using DeFarm.Application.Common.Interfaces.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

/// <summary>
/// API-key counters in PostgreSQL: one upsert per request adds to the key's bucket of the minute (table and columns
/// of <see cref="Configurations.ApiKeyUsageBucketConfiguration"/>).
/// </summary>
internal sealed class EfApiKeyUsage(DeFarmDbContext db) : IApiKeyUsage
{
    public Task RecordAsync(Guid keyId, DateTimeOffset at, ApiKeyRequestOutcome outcome, CancellationToken cancellationToken)
    {
        var minute = ApiKeyUsageBucket.MinuteOf(at);
        var error = outcome == ApiKeyRequestOutcome.Succeeded ? 0L : 1L;
        var rateLimited = outcome == ApiKeyRequestOutcome.RateLimited ? 1L : 0L;
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO api_key_usage AS b (api_key_id, minute, requests, errors, rate_limited, last_used_at)
            VALUES ({keyId}, {minute}, 1, {error}, {rateLimited}, {at})
            ON CONFLICT (api_key_id, minute) DO UPDATE SET
                requests = b.requests + 1,
                errors = b.errors + excluded.errors,
                rate_limited = b.rate_limited + excluded.rate_limited,
                last_used_at = greatest(b.last_used_at, excluded.last_used_at)
            """,
            cancellationToken);
    }

    public async Task<ApiKeyUsageCounts> GetCountsAsync(Guid keyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var minute = ApiKeyUsageBucket.MinuteOf(now);
        var dayAgo = now.AddDays(-1);
        var counts = await db.ApiKeyUsage.AsNoTracking()
            .Where(b => b.ApiKeyId == keyId)
            .GroupBy(b => b.ApiKeyId)
            .Select(g => new ApiKeyUsageCounts(
                g.Sum(b => b.Requests),
                g.Sum(b => b.Minute == minute ? b.Requests : 0),
                g.Sum(b => b.Minute > dayAgo ? b.Requests : 0),
                g.Sum(b => b.Minute > dayAgo ? b.Errors : 0),
                g.Max(b => (DateTimeOffset?)b.LastUsedAt)))
            .FirstOrDefaultAsync(cancellationToken);
        return counts ?? ApiKeyUsageCounts.None;
    }

    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastUsedAsync(
        IReadOnlyCollection<Guid> keyIds, CancellationToken cancellationToken)
    {
        var ids = keyIds.ToList();
        return await db.ApiKeyUsage.AsNoTracking()
            .Where(b => ids.Contains(b.ApiKeyId))
            .GroupBy(b => b.ApiKeyId)
            .Select(g => new { KeyId = g.Key, LastUsedAt = g.Max(b => b.LastUsedAt) })
            .ToDictionaryAsync(g => g.KeyId, g => g.LastUsedAt, cancellationToken);
    }

    public async Task<long> CountRateLimitedAsync(CancellationToken cancellationToken) =>
        await db.ApiKeyUsage.AsNoTracking().Where(b => b.RateLimited > 0).SumAsync(b => b.RateLimited, cancellationToken);
}
