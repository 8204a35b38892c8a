using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Auth.Commands.Logout;

/// <summary>Revokes the presented access token until it expires; other tokens of the user stay valid.</summary>
public sealed record LogoutCommand : ICommand<MessageResponse>;

internal sealed class LogoutCommandHandler(
    ICurrentUser currentUser,
    IRevokedAccessTokenRepository revokedTokens,
    TimeProvider clock) : ICommandHandler<LogoutCommand, MessageResponse>
{
    public ValueTask<MessageResponse> Handle(LogoutCommand command, CancellationToken cancellationToken) =>
        PresentedAccessToken.TryRevoke(currentUser, revokedTokens, clock.GetUtcNow())
            ? ValueTask.FromResult(new MessageResponse("Logged out successfully."))
            : throw AuthErrors.NotAuthenticated();
}
