using DeFarm.Api.Errors;
using DeFarm.Api.Notifications;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Common;
using DeFarm.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DeFarm.Api.Http;

/// <summary>
/// Bearer JWT authentication (HS256, claims user_id, workspace_id, exp). Logged-out tokens are refused, and
/// every refusal is the JSON error body.
/// </summary>
public static class JwtAuthentication
{
    public static IServiceCollection AddJwtAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<JwtSettings>((options, jwt) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = jwt.ValidationParameters();
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = ReadNotificationSocketToken,
                    OnTokenValidated = RejectRevokedAsync,
                    OnChallenge = WriteUnauthenticatedAsync,
                    OnForbidden = WriteForbiddenAsync,
                };
            });
        services.AddAuthorization();
        return services;
    }

    /// <summary>
    /// The notification WebSocket carries its JWT as <c>?token=</c>; it is validated exactly like a bearer token
    /// (signature, lifetime, revocation), before the upgrade.
    /// </summary>
    private static Task ReadNotificationSocketToken(MessageReceivedContext context)
    {
        if (context.Request.Path.Equals(NotificationSocket.Path, StringComparison.OrdinalIgnoreCase)
            && context.Request.Query[NotificationSocket.TokenQueryParameter] is [{ Length: > 0 } token])
        {
            context.Token = token;
        }

        return Task.CompletedTask;
    }

    private static async Task RejectRevokedAsync(TokenValidatedContext context)
    {
        if (context.SecurityToken is not JsonWebToken token)
        {
            return;
        }

        var revocations = context.HttpContext.RequestServices.GetRequiredService<IRevokedAccessTokenRepository>();
        if (await revocations.IsRevokedAsync(Blake3Hash.Hex(token.EncodedToken), context.HttpContext.RequestAborted))
        {
            context.Fail(new TokenRevokedException());
        }
    }

    private static Task WriteUnauthenticatedAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var writer = context.HttpContext.RequestServices.GetRequiredService<ErrorResponseWriter>();
        return context.AuthenticateFailure is null
            ? writer.WriteAsync(
                context.HttpContext, StatusCodes.Status401Unauthorized, "unauthenticated",
                "Authentication required. Use JWT token or API key.")
            : writer.WriteAsync(
                context.HttpContext, StatusCodes.Status401Unauthorized, "invalid_token",
                $"Invalid token: {ReasonOf(context.AuthenticateFailure)}");
    }

    private static Task WriteForbiddenAsync(ForbiddenContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<ErrorResponseWriter>().WriteAsync(
            context.HttpContext, StatusCodes.Status403Forbidden, "forbidden", "You do not have permission to do this.");

    private static string ReasonOf(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => "token has expired",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "invalid signature",
        SecurityTokenMalformedException => "malformed token",
        TokenRevokedException => "token has been revoked",
        _ => "token failed validation",
    };

    private sealed class TokenRevokedException() : Exception("The token was revoked by logout");
}
