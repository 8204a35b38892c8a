using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Users;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DeFarm.Infrastructure.Security;

/// <summary>
/// Issues tokens with the claims of the original (user_id, workspace_id, exp) plus a random <c>jti</c>, so two
/// sign-ins in the same second never yield the same token (logout revokes one token, not both).
/// </summary>
internal sealed class JwtAccessTokenService(JwtSettings settings, TimeProvider clock) : IAccessTokenService
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public IssuedAccessToken Issue(UserAccount user, TimeSpan? lifetime = null)
    {
        var expiresAt = clock.GetUtcNow() + (lifetime ?? settings.Lifetime);
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                [JwtSettings.UserIdClaim] = user.Id,
                [JwtSettings.WorkspaceIdClaim] = user.WorkspaceId!,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(settings.SigningKey, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedAccessToken(token, DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds()));
    }
}
