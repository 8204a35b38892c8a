using DeFarm.Application.Common.Exceptions;

namespace DeFarm.Application.ApiKeys;

public static class ApiKeyErrors
{
    public static NotFoundException NotFound() => new("api_key_not_found", "API key not found");

    public static TooManyRequestsException RateLimited(string window, int limit, TimeSpan retryAfter) => new(
        "rate_limit_error", $"This API key is limited to {limit} requests per {window}", retryAfter);
}
