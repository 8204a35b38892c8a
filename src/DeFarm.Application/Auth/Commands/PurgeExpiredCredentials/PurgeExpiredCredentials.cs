using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Auth.Commands.PurgeExpiredCredentials;

/// <summary>
/// Deletes spent password-reset tokens, revocations of tokens that have expired anyway, and sign-in sessions
/// (with their refresh tokens) that ended or expired more than <see cref="FinishedSessionRetention"/> ago.
/// </summary>
public sealed record PurgeExpiredCredentialsCommand : ICommand<PurgedCredentials>
{
    /// <summary>How long a finished session still shows, as inactive, in the caller's session list.</summary>
    public static readonly TimeSpan FinishedSessionRetention = TimeSpan.FromDays(7);
}

public sealed record PurgedCredentials(int ResetTokens, int Revocations, int Sessions);

internal sealed class PurgeExpiredCredentialsCommandHandler(
    IPasswordResetTokenRepository resetTokens,
    IRevokedAccessTokenRepository revokedTokens,
    ISignInSessionRepository sessions,
    TimeProvider clock) : ICommandHandler<PurgeExpiredCredentialsCommand, PurgedCredentials>
{
    public async ValueTask<PurgedCredentials> Handle(
        PurgeExpiredCredentialsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return new PurgedCredentials(
            await resetTokens.DeleteExpiredOrUsedAsync(now, cancellationToken),
            await revokedTokens.DeleteExpiredAsync(now, cancellationToken),
            await sessions.DeleteFinishedAsync(now - PurgeExpiredCredentialsCommand.FinishedSessionRetention, cancellationToken));
    }
}
