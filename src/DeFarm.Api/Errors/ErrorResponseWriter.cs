using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DeFarm.Api.Gateway;
using Microsoft.Extensions.Options;

namespace DeFarm.Api.Errors;

/// <summary>
/// Writes every error of the API as its surface's JSON body (engines or gateway), with <c>Retry-After</c> where
/// one applies.
/// </summary>
public sealed class ErrorResponseWriter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions)
{
    public Task WriteAsync(
        HttpContext context,
        int status,
        string code,
        string message,
        IReadOnlyDictionary<string, string[]>? errors = null,
        TimeSpan? retryAfter = null,
        object? details = null)
    {
        context.Response.StatusCode = status;
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        object body = GatewaySurface.Owns(context)
            ? new GatewayErrorResponse(code, message, (object?)errors ?? details)
            : new ErrorResponse(message, code, TraceIdOf(context), errors, details);
        return context.Response.WriteAsJsonAsync(body, body.GetType(), jsonOptions.Value.SerializerOptions, "application/json");
    }

    public static string TraceIdOf(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;

    /// <summary>Converts a C# member or JSON path (<c>$.newPassword</c>) to the snake_case field clients send.</summary>
    public static string WireFieldName(string key) =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key);
}
