using System.Security.Claims;
using System.Text.Encodings.Web;
using DeFarm.Api.Errors;
using DeFarm.Application.ApiKeys.Queries.AuthenticateApiKey;
using DeFarm.Domain.ApiKeys;
using DeFarm.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace DeFarm.Api.Http;

/// <summary>
/// Partner API keys as a second way to sign in (engines-api.md §5.2, decisions 12 and 13): a key in
/// <c>X-API-Key</c>, or as <c>Authorization: Bearer dfm_…</c>, authenticates the request as the key's owner,
/// limited to the key's circuit (<see cref="ApiKeyCircuitScope"/>). Requests without a key keep the JWT scheme.
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string HeaderName = "X-API-Key";

    /// <summary>The default scheme: forwards to the API-key scheme when the request carries a key, else to JWT.</summary>
    private const string CredentialSelector = "Credentials";

    public static IServiceCollection AddApiKeyAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CredentialSelector;
                options.DefaultChallengeScheme = CredentialSelector;
                options.DefaultForbidScheme = CredentialSelector;
            })
            .AddPolicyScheme(CredentialSelector, CredentialSelector, options => options.ForwardDefaultSelector =
                context => SecretOf(context.Request) is null ? JwtBearerDefaults.AuthenticationScheme : Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Scheme, configureOptions: null);
        services.AddSingleton<IAuthorizationHandler, ApiKeyCircuitScope.Handler>();
        services.AddAuthorizationBuilder().SetDefaultPolicy(new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new ApiKeyCircuitScope())
            .Build());
        return services;
    }

    /// <summary>The key the request presents, or <c>null</c> when it presents none.</summary>
    public static string? SecretOf(HttpRequest request)
    {
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } key)
        {
            return key.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && authorization[7..].TrimStart().StartsWith(ApiKey.SecretPrefix, StringComparison.Ordinal)
            ? authorization[7..].Trim()
            : null;
    }
}

/// <summary>The claims of a request signed in with an API key: the owner as <c>user_id</c>, then the key.</summary>
public static class ApiKeyPrincipal
{
    private const string KeyIdClaim = "api_key_id";
    private const string CircuitIdClaim = "api_key_circuit_id";
    private const string PerMinuteClaim = "api_key_rate_limit_per_minute";
    private const string PerDayClaim = "api_key_rate_limit_per_day";

    public static ClaimsPrincipal Create(ApiKeyIdentity key) => new(new ClaimsIdentity(
        [
            new Claim(JwtSettings.UserIdClaim, key.OwnerId),
            new Claim(KeyIdClaim, key.KeyId.ToString()),
            new Claim(CircuitIdClaim, key.CircuitId.ToString()),
            new Claim(PerMinuteClaim, key.RateLimitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(PerDayClaim, key.RateLimitPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ],
        ApiKeyAuthentication.Scheme));

    public static ApiKeyIdentity? Read(ClaimsPrincipal principal) =>
        principal.FindFirst(KeyIdClaim)?.Value is { } keyId
            ? new ApiKeyIdentity(
                Guid.Parse(keyId),
                principal.FindFirst(JwtSettings.UserIdClaim)!.Value,
                Guid.Parse(principal.FindFirst(CircuitIdClaim)!.Value),
                int.Parse(principal.FindFirst(PerMinuteClaim)!.Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(principal.FindFirst(PerDayClaim)!.Value, System.Globalization.CultureInfo.InvariantCulture))
            : null;
}

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
