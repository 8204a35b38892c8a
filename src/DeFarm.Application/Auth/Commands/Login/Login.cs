using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Auth.Commands.Login;

/// <param name="WorkspaceId">Accepted for compatibility with the original API and ignored.</param>
public sealed record LoginCommand : ICommand<AuthResponse>
{
    public string Username { get; init; } = string.Empty;
    public string Password { get; init; } = string.Empty;
    public string? WorkspaceId { get; init; }
}

internal sealed class LoginCommandHandler(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    IAccessTokenService accessTokens) : ICommandHandler<LoginCommand, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var user = AccountSignIn.Verify(
            await users.GetByUsernameAsync(command.Username.Trim(), cancellationToken), command.Password, passwordHasher);
        return AuthResponse.For(user, accessTokens.Issue(user));
    }
}
