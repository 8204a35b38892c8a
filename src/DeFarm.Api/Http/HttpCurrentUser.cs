using DeFarm.Application.Common.Interfaces;
using DeFarm.Infrastructure.Security;
using Microsoft.Net.Http.Headers;

namespace DeFarm.Api.Http;

/// <summary>The caller as the authentication middleware established it.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private HttpContext? Context => accessor.HttpContext;

    private bool IsAuthenticated => Context?.User.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Context!.User.FindFirst(JwtSettings.UserIdClaim)?.Value : null;

    public string? AccessToken
    {
        get
        {
            var header = IsAuthenticated ? Context!.Request.Headers.Authorization.ToString() : string.Empty;
            return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        }
    }

    public DateTimeOffset? AccessTokenExpiresAt =>
        IsAuthenticated && long.TryParse(Context!.User.FindFirst("exp")?.Value, out var exp)
            ? DateTimeOffset.FromUnixTimeSeconds(exp)
            : null;

    public string? IpAddress =>
        Context?.Request.Headers["X-Forwarded-For"].ToString().Split(',')[0].Trim() is { Length: > 0 } forwarded
            ? forwarded
            : Context?.Connection.RemoteIpAddress?.ToString();

    public string? UserAgent => Context?.Request.Headers[HeaderNames.UserAgent].ToString() is { Length: > 0 } agent
        ? agent
        : null;
}
