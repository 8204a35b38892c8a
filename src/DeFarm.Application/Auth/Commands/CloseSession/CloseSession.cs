using DeFarm.Application.Auth.Sessions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Auth.Commands.CloseSession;

/// <summary>
/// Signs out: ends the session of the refresh token given (holding the token is the right to end it) and revokes
/// the request's access token when one is presented. Either one is enough, so signing out works after the
/// short-lived access token expired; with neither, 401.
/// </summary>
public sealed record CloseSessionCommand : ICommand
{
    public string? RefreshToken { get; init; }
}

internal sealed class CloseSessionCommandHandler(
    ICurrentUser currentUser,
    ISignInSessionRepository sessions,
    IRevokedAccessTokenRepository revokedTokens,
    TimeProvider clock) : ICommandHandler<CloseSessionCommand>
{
    public async ValueTask<Unit> Handle(CloseSessionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var endedSession = await TryEndSessionAsync(command.RefreshToken, now, cancellationToken);
        var revokedAccessToken = PresentedAccessToken.TryRevoke(currentUser, revokedTokens, now);
        return endedSession || revokedAccessToken ? Unit.Value : throw AuthErrors.NotAuthenticated();
    }

    private async Task<bool> TryEndSessionAsync(string? refreshToken, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(refreshToken)
            || await sessions.GetTokenAsync(RefreshSecret.HashOf(refreshToken), cancellationToken) is not { } token
            || await sessions.GetByIdAsync(token.SessionId, cancellationToken) is not { } session)
        {
            return false;
        }

        session.End(SessionEndReason.SignedOut, now);
        return true;
    }
}
