using DeFarm.Application.ApiKeys;
using DeFarm.Application.ApiKeys.Queries.AuthenticateApiKey;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces.Persistence;

namespace DeFarm.Api.Http;

/// <summary>
/// Between authentication and authorization: a request signed in with an API key is held to the key's rate limits
/// and then counted, with how it ended (success, error status, refused), whatever happened inside.
/// </summary>
public sealed partial class ApiKeyUsageMiddleware(RequestDelegate next, ILogger<ApiKeyUsageMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, ApiKeyRateLimiter limiter)
    {
        if (ApiKeyPrincipal.Read(context.User) is not { } key)
        {
            await next(context);
            return;
        }

        var outcome = ApiKeyRequestOutcome.Failed;
        try
        {
            await limiter.EnsureWithinLimitsAsync(key, context.RequestAborted);
            await next(context);
            outcome = context.Response.StatusCode >= StatusCodes.Status400BadRequest
                ? ApiKeyRequestOutcome.Failed
                : ApiKeyRequestOutcome.Succeeded;
        }
        catch (TooManyRequestsException)
        {
            outcome = ApiKeyRequestOutcome.RateLimited;
            throw;
        }
        finally
        {
            await RecordAsync(limiter, key, outcome);
        }
    }

    /// <summary>A counter that cannot be written must not turn the request's own answer into an error.</summary>
    private async Task RecordAsync(ApiKeyRateLimiter limiter, ApiKeyIdentity key, ApiKeyRequestOutcome outcome)
    {
        try
        {
            await limiter.RecordAsync(key, outcome, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotCounted(logger, exception, key.KeyId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A request made with API key {KeyId} could not be counted")]
    private static partial void LogNotCounted(ILogger logger, Exception exception, Guid keyId);
}
