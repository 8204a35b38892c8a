using DeFarm.Domain.Common;

namespace DeFarm.Application.Common.Exceptions;

/// <summary>HTTP 503: a dependency (the database) cannot be reached; the response carries <c>Retry-After</c>.</summary>
public sealed class ServiceUnavailableException(string code, string message, TimeSpan retryAfter)
    : DeFarmException(code, message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public static ServiceUnavailableException DatabaseUnavailable(TimeSpan retryAfter) =>
        new("database_unavailable", "The database is unavailable. Please retry shortly.", retryAfter);
}
