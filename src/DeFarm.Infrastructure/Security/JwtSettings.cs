using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace DeFarm.Infrastructure.Security;

/// <summary>
/// HS256 signing settings. The secret comes from <c>JWT_SECRET</c> (at least 32 characters); outside
/// Development start-up fails without it, in Development a per-process random secret is used instead.
/// </summary>
public sealed class JwtSettings
{
    public const int MinimumSecretLength = 32;
    public const string UserIdClaim = "user_id";
    public const string WorkspaceIdClaim = "workspace_id";

    private JwtSettings(SymmetricSecurityKey signingKey, TimeSpan lifetime)
    {
        SigningKey = signingKey;
        Lifetime = lifetime;
    }

    public SymmetricSecurityKey SigningKey { get; }

    public TimeSpan Lifetime { get; }

    public static JwtSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var secret = configuration["JWT_SECRET"];
        if (string.IsNullOrEmpty(secret) && environment.IsDevelopment())
        {
            secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        }

        if (string.IsNullOrEmpty(secret) || secret.Length < MinimumSecretLength)
        {
            throw new InvalidOperationException(
                $"JWT_SECRET must be set to at least {MinimumSecretLength} characters.");
        }

        var hours = configuration.GetValue("Jwt:LifetimeHours", 24.0);
        return new JwtSettings(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)), TimeSpan.FromHours(hours));
    }

    /// <summary>HS256 only, <c>exp</c> required with 60 s leeway, no issuer or audience (engines-api.md §5.1).</summary>
    public TokenValidationParameters ValidationParameters() => new()
    {
        IssuerSigningKey = SigningKey,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ValidateIssuer = false,
        ValidateAudience = false,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromSeconds(60),
        NameClaimType = UserIdClaim,
    };
}
