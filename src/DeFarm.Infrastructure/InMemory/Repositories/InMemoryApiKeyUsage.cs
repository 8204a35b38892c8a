using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Infrastructure.InMemory.Repositories;

/// <summary>Adds to the bucket in place, under the store's lock (see <see cref="IApiKeyUsage"/>).</summary>
internal sealed class InMemoryApiKeyUsage(InMemoryDatabase database) : IApiKeyUsage
{
    public Task RecordAsync(Guid keyId, DateTimeOffset at, ApiKeyRequestOutcome outcome, CancellationToken cancellationToken)
    {
        var minute = ApiKeyUsageBucket.MinuteOf(at);
        lock (database.Lock)
        {
            var bucket = database.ApiKeyUsage.TryGet((keyId, minute), out var committed, out _)
                ? ObjectGraph.Clone(committed)
                : new ApiKeyUsageBucket(keyId, minute) { LastUsedAt = at };
            bucket.Requests++;
            bucket.Errors += outcome == ApiKeyRequestOutcome.Succeeded ? 0 : 1;
            bucket.RateLimited += outcome == ApiKeyRequestOutcome.RateLimited ? 1 : 0;
            bucket.LastUsedAt = bucket.LastUsedAt > at ? bucket.LastUsedAt : at;
            database.ApiKeyUsage.Write(bucket);
        }

        return Task.CompletedTask;
    }

    public Task<ApiKeyUsageCounts> GetCountsAsync(Guid keyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var minute = ApiKeyUsageBucket.MinuteOf(now);
        var dayAgo = now.AddDays(-1);
        lock (database.Lock)
        {
            var buckets = database.ApiKeyUsage.Rows.Where(b => b.ApiKeyId == keyId).ToList();
            return Task.FromResult(buckets.Count == 0
                ? ApiKeyUsageCounts.None
                : new ApiKeyUsageCounts(
                    buckets.Sum(b => b.Requests),
                    buckets.Where(b => b.Minute == minute).Sum(b => b.Requests),
                    buckets.Where(b => b.Minute > dayAgo).Sum(b => b.Requests),
                    buckets.Where(b => b.Minute > dayAgo).Sum(b => b.Errors),
                    buckets.Max(b => b.LastUsedAt)));
        }
    }

    public Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastUsedAsync(
        IReadOnlyCollection<Guid> keyIds, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            IReadOnlyDictionary<Guid, DateTimeOffset> lastUsed = database.ApiKeyUsage.Rows
                .Where(b => keyIds.Contains(b.ApiKeyId))
                .GroupBy(b => b.ApiKeyId)
                .ToDictionary(g => g.Key, g => g.Max(b => b.LastUsedAt));
            return Task.FromResult(lastUsed);
        }
    }

    public Task<long> CountRateLimitedAsync(CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            return Task.FromResult(database.ApiKeyUsage.Rows.Sum(b => b.RateLimited));
        }
    }
}
