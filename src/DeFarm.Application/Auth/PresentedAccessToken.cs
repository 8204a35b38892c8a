using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Common;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Auth;

internal static class PresentedAccessToken
{
    /// <summary>
    /// Revokes the bearer token of this request until it would have expired (stored by BLAKE3 hash); answers
    /// whether the request was signed in with one.
    /// </summary>
    public static bool TryRevoke(ICurrentUser currentUser, IRevokedAccessTokenRepository revokedTokens, DateTimeOffset now)
    {
        if (currentUser is not { UserId: { } userId, AccessToken: { } token, AccessTokenExpiresAt: { } expiresAt })
        {
            return false;
        }

        revokedTokens.Add(new RevokedAccessToken(Blake3Hash.Hex(token), userId, expiresAt, now));
        return true;
    }
}
