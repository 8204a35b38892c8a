namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>How a request made with an API key ended.</summary>
public enum ApiKeyRequestOutcome
{
    Succeeded,

    /// <summary>Answered with an error status (4xx or 5xx).</summary>
    Failed,

    /// <summary>Refused by the key's rate limit (429); also a failure.</summary>
    RateLimited,
}

/// <summary>Counts of an API key's requests; the windows end at the time asked about.</summary>
public sealed record ApiKeyUsageCounts(
    long RequestsTotal, long RequestsThisMinute, long RequestsLast24Hours, long ErrorsLast24Hours, DateTimeOffset? LastUsedAt)
{
    public static ApiKeyUsageCounts None { get; } = new(0, 0, 0, 0, null);
}

/// <summary>
/// Per-minute request counters of API keys. Recording takes effect at once, outside any unit of work: a request is
/// counted whether or not its own change committed, and concurrent requests of one key add up instead of
/// colliding (an atomic increment in the store).
/// </summary>
public interface IApiKeyUsage
{
    Task RecordAsync(Guid keyId, DateTimeOffset at, ApiKeyRequestOutcome outcome, CancellationToken cancellationToken);

    Task<ApiKeyUsageCounts> GetCountsAsync(Guid keyId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>When each of the keys was last used; keys never used are absent.</summary>
    Task<IReadOnlyDictionary<Guid, DateTimeOffset>> LastUsedAsync(
        IReadOnlyCollection<Guid> keyIds, CancellationToken cancellationToken);

    /// <summary>How many requests the rate limits of all keys refused, ever.</summary>
    Task<long> CountRateLimitedAsync(CancellationToken cancellationToken);
}
