using DeFarm.Application.Auth;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Items;
using DeFarm.Domain.Common;
using DeFarm.Domain.Users;
using Microsoft.AspNetCore.Diagnostics;

namespace DeFarm.Api.Errors;

/// <summary>
/// The one place exceptions become HTTP statuses: by exception type, never by message text. Storage failures
/// are first translated into application exceptions; anything unknown is a logged 500 with a generic message.
/// </summary>
public sealed partial class ApiExceptionHandler(
    IEnumerable<IExceptionTranslator> translators,
    ErrorResponseWriter writer,
    ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    private static readonly Dictionary<Type, int> StatusByType = new()
    {
        [typeof(RequestValidationException)] = StatusCodes.Status400BadRequest,
        [typeof(BusinessRuleException)] = StatusCodes.Status400BadRequest,
        [typeof(ItemPendingReviewException)] = StatusCodes.Status400BadRequest,
        [typeof(UnauthenticatedException)] = StatusCodes.Status401Unauthorized,
        [typeof(InsufficientCreditsException)] = StatusCodes.Status402PaymentRequired,
        [typeof(RefreshTokenReusedException)] = StatusCodes.Status401Unauthorized,
        [typeof(ForbiddenException)] = StatusCodes.Status403Forbidden,
        [typeof(AccountNotActiveException)] = StatusCodes.Status403Forbidden,
        [typeof(NotFoundException)] = StatusCodes.Status404NotFound,
        [typeof(ConflictException)] = StatusCodes.Status409Conflict,
        [typeof(ConcurrentUpdateException)] = StatusCodes.Status409Conflict,
        [typeof(UnprocessableEntityException)] = StatusCodes.Status422UnprocessableEntity,
        [typeof(TooManyRequestsException)] = StatusCodes.Status429TooManyRequests,
        [typeof(ServiceUnavailableException)] = StatusCodes.Status503ServiceUnavailable,
    };

    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        exception = translators.Select(t => t.Translate(exception)).FirstOrDefault(e => e is not null) ?? exception;
        switch (exception)
        {
            case DeFarmException expected when StatusByType.TryGetValue(expected.GetType(), out var status):
                await writer.WriteAsync(
                    httpContext, status, expected.Code, expected.Message,
                    (expected as RequestValidationException)?.Errors, RetryAfterOf(expected),
                    (expected as UnprocessableEntityException)?.Details);
                break;
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                await writer.WriteAsync(
                    httpContext, StatusCodes.Status413PayloadTooLarge, "payload_too_large",
                    $"The request body exceeds the limit of {RequestBodyLimit.MaxBytes} bytes.");
                break;
            case BadHttpRequestException badRequest:
                await writer.WriteAsync(httpContext, badRequest.StatusCode, "bad_request", "The request is malformed.");
                break;
            default:
                LogUnexpected(logger, exception, ErrorResponseWriter.TraceIdOf(httpContext));
                await writer.WriteAsync(
                    httpContext, StatusCodes.Status500InternalServerError, "internal_error",
                    "An unexpected error occurred.");
                break;
        }

        return true;
    }

    private static TimeSpan? RetryAfterOf(DeFarmException exception) => exception switch
    {
        TooManyRequestsException limited => limited.RetryAfter,
        ServiceUnavailableException unavailable => unavailable.RetryAfter,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error (trace {TraceId})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string traceId);
}
