using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Auth.Commands.PurgeExpiredCredentials;

/// <summary>Deletes spent password-reset tokens and revocations of tokens that have expired anyway.</summary>
public sealed record PurgeExpiredCredentialsCommand : ICommand<PurgedCredentials>;

public sealed record PurgedCredentials(int ResetTokens, int Revocations);

internal sealed class PurgeExpiredCredentialsCommandHandler(
    IPasswordResetTokenRepository resetTokens,
    IRevokedAccessTokenRepository revokedTokens,
    TimeProvider clock) : ICommandHandler<PurgeExpiredCredentialsCommand, PurgedCredentials>
{
    public async ValueTask<PurgedCredentials> Handle(
        PurgeExpiredCredentialsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return new PurgedCredentials(
            await resetTokens.DeleteExpiredOrUsedAsync(now, cancellationToken),
            await revokedTokens.DeleteExpiredAsync(now, cancellationToken));
    }
}
