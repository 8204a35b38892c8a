namespace DeFarm.Api.Errors;

/// <summary>
/// Rejects bodies over 1 MB before they are read. Kestrel enforces the same limit for bodies without a
/// Content-Length; this check also covers hosts that do not (the test server).
/// </summary>
public static class RequestBodyLimit
{
    public const long MaxBytes = 1024 * 1024;

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.ContentLength > MaxBytes)
            {
                throw new BadHttpRequestException("Request body too large", StatusCodes.Status413PayloadTooLarge);
            }

            return next(context);
        });
}
