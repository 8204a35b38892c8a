using System.Text.Encodings.Web;
using DeFarm.Api.Errors;
using DeFarm.Application.ApiKeys.Queries.AuthenticateApiKey;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DeFarm.Api.Http;

/// <summary>
/// Checks a presented key through the application (<see cref="AuthenticateApiKeyQuery"/>) and answers refusals
/// with the original's codes (<c>invalid_api_key</c>, <c>api_key_inactive</c>, <c>api_key_expired</c>) as 401.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISender sender,
    ErrorResponseWriter writer) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiKeyAuthentication.SecretOf(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        var result = await sender.Send(new AuthenticateApiKeyQuery(secret), Context.RequestAborted);
        return result.Identity is { } key
            ? AuthenticateResult.Success(new AuthenticationTicket(ApiKeyPrincipal.Create(key), Scheme.Name))
            : AuthenticateResult.Fail(new ApiKeyRefusedException(result.RefusalCode!, result.RefusalMessage!));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var (code, message) = result.Failure is ApiKeyRefusedException refused
            ? (refused.Code, refused.Message)
            : ("unauthenticated", "Authentication required. Use JWT token or API key.");
        await writer.WriteAsync(Context, StatusCodes.Status401Unauthorized, code, message);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        writer.WriteAsync(
            Context, StatusCodes.Status403Forbidden, "api_key_circuit_mismatch",
            "This API key may only be used for its own circuit");

    private sealed class ApiKeyRefusedException(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }
}
