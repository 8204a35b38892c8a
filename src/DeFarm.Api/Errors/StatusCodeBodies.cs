using Microsoft.AspNetCore.Diagnostics;

namespace DeFarm.Api.Errors;

/// <summary>Bodies for error statuses produced without one (unknown route, wrong method, unsupported media type).</summary>
public static class StatusCodeBodies
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var (code, message) = context.HttpContext.Response.StatusCode switch
        {
            StatusCodes.Status400BadRequest => ("bad_request", "The request is malformed."),
            StatusCodes.Status401Unauthorized => ("unauthenticated", "Authentication required. Use JWT token or API key."),
            StatusCodes.Status403Forbidden => ("forbidden", "You do not have permission to do this."),
            StatusCodes.Status404NotFound => ("not_found", "No resource exists at this path."),
            StatusCodes.Status405MethodNotAllowed => ("method_not_allowed", "This path does not accept this HTTP method."),
            StatusCodes.Status406NotAcceptable => ("not_acceptable", "The API answers only application/json."),
            StatusCodes.Status413PayloadTooLarge => ("payload_too_large", $"The request body exceeds the limit of {RequestBodyLimit.MaxBytes} bytes."),
            StatusCodes.Status415UnsupportedMediaType => ("unsupported_media_type", "Send the request body as application/json."),
            _ => ("error", "The request failed."),
        };
        var writer = context.HttpContext.RequestServices.GetRequiredService<ErrorResponseWriter>();
        return writer.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode, code, message);
    }
}
