using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Auth.Commands.RefreshToken;

/// <summary>Issues a fresh 24-hour token for the caller of a still-valid one.</summary>
public sealed record RefreshTokenCommand : ICommand<AuthResponse>;

internal sealed class RefreshTokenCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IAccessTokenService accessTokens) : ICommandHandler<RefreshTokenCommand, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(RefreshTokenCommand command, CancellationToken cancellationToken)
    {
        var user = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        user.EnsureCanSignIn();
        return AuthResponse.For(user, accessTokens.Issue(user));
    }
}
