using DeFarm.Domain.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

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
