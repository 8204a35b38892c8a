using DeFarm.Domain.Common;

namespace DeFarm.Application.Common.Exceptions;

/// <summary>HTTP 429: the caller exceeded a rate limit; the response carries <c>Retry-After</c>.</summary>
public sealed class TooManyRequestsException(string code, string message, TimeSpan retryAfter)
    : DeFarmException(code, message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
