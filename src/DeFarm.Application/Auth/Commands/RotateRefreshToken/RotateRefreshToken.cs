using DeFarm.Application.Auth.Sessions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Common.Settings;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Auth.Commands.RotateRefreshToken;

/// <summary>
/// Exchanges a refresh token for a new access token and the next refresh token (rotation). The refresh token
/// alone identifies the session; a bearer header, valid or expired, plays no part. A token exchanged longer than
/// the reuse grace ago ends its whole session (reuse detected, 401); two requests exchanging one token at once
/// collide on its row and the loser runs again inside the grace.
/// </summary>
public sealed record RotateRefreshTokenCommand : ICommand<SessionGrant>, IRetryOnConcurrentUpdate
{
    public string RefreshToken { get; init; } = string.Empty;
}

internal sealed class RotateRefreshTokenCommandHandler(
    ISignInSessionRepository sessions,
    IUserRepository users,
    SessionIssuer issuer,
    SessionSettings settings,
    TimeProvider clock) : ICommandHandler<RotateRefreshTokenCommand, SessionGrant>
{
    public async ValueTask<SessionGrant> Handle(RotateRefreshTokenCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var token = await sessions.GetTokenAsync(RefreshSecret.HashOf(command.RefreshToken), cancellationToken);
        var session = token is null ? null : await sessions.GetByIdAsync(token.SessionId, cancellationToken);
        if (token is null || session is null || !session.IsActiveAt(now))
        {
            throw AuthErrors.InvalidRefreshToken();
        }

        if (token.IsReusedAt(now, settings.ReuseGrace))
        {
            session.End(SessionEndReason.TokenReused, now);
            throw new RefreshTokenReusedException();
        }

        if (token.IsExpiredAt(now))
        {
            throw AuthErrors.InvalidRefreshToken();
        }

        var user = await users.GetByIdAsync(session.UserId, cancellationToken) ?? throw AuthErrors.InvalidRefreshToken();
        user.EnsureCanSignIn();
        return issuer.Rotate(user, session, token);
    }
}
