using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Common.Settings;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Auth.Sessions;

/// <summary>
/// Opens sign-in sessions and exchanges their refresh tokens, handing out a short-lived access token each time.
/// The device (user agent, IP address) is the caller's.
/// </summary>
internal sealed class SessionIssuer(
    ISignInSessionRepository sessions,
    IAccessTokenService accessTokens,
    ICurrentUser caller,
    SessionSettings settings,
    TimeProvider clock)
{
    public SessionGrant Open(UserAccount user)
    {
        var secret = RefreshSecret.Create();
        var (session, firstToken) = SignInSession.Open(
            user.Id, caller.UserAgent, caller.IpAddress, secret.Hash, clock.GetUtcNow(), settings.RefreshTokenLifetime);
        sessions.Add(session);
        sessions.AddToken(firstToken);
        return Grant(user, secret);
    }

    public SessionGrant Rotate(UserAccount user, SignInSession session, SessionRefreshToken presented)
    {
        var secret = RefreshSecret.Create();
        sessions.AddToken(session.Rotate(
            presented, secret.Hash, caller.UserAgent, caller.IpAddress, clock.GetUtcNow(), settings.RefreshTokenLifetime));
        return Grant(user, secret);
    }

    private SessionGrant Grant(UserAccount user, RefreshSecret secret)
    {
        var access = accessTokens.Issue(user, settings.AccessTokenLifetime);
        return new SessionGrant(access.Token, settings.AccessTokenLifetime, secret.Token, SessionUser.From(user));
    }
}
