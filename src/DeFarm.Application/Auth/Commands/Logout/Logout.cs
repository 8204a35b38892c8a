using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Common;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Auth.Commands.Logout;

/// <summary>Revokes the presented access token until it expires; other tokens of the user stay valid.</summary>
public sealed record LogoutCommand : ICommand<MessageResponse>;

internal sealed class LogoutCommandHandler(
    ICurrentUser currentUser,
    IRevokedAccessTokenRepository revokedTokens,
    TimeProvider clock) : ICommandHandler<LogoutCommand, MessageResponse>
{
    public ValueTask<MessageResponse> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        if (currentUser is not { UserId: { } userId, AccessToken: { } token, AccessTokenExpiresAt: { } expiresAt })
        {
            throw AuthErrors.NotAuthenticated();
        }

        revokedTokens.Add(new RevokedAccessToken(Blake3Hash.Hex(token), userId, expiresAt, clock.GetUtcNow()));
        return ValueTask.FromResult(new MessageResponse("Logged out successfully."));
    }
}
