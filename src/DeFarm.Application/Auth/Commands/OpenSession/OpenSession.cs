using DeFarm.Application.Auth.Sessions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Auth.Commands.OpenSession;

/// <summary>
/// Signs in for a session with a refresh token (the web front end). <see cref="Login"/> is an email, or a
/// username when it holds no <c>@</c> (usernames cannot), so the seeded demo users sign in with either.
/// </summary>
public sealed record OpenSessionCommand : ICommand<SessionGrant>
{
    public string Login { get; init; } = string.Empty;
    public string Password { get; init; } = string.Empty;
}

internal sealed class OpenSessionCommandHandler(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    SessionIssuer issuer) : ICommandHandler<OpenSessionCommand, SessionGrant>
{
    public async ValueTask<SessionGrant> Handle(OpenSessionCommand command, CancellationToken cancellationToken)
    {
        var login = command.Login.Trim();
        var account = login.Contains('@')
            ? await users.GetByEmailAsync(EmailAddress.Normalize(login), cancellationToken)
            : await users.GetByUsernameAsync(login, cancellationToken);
        return issuer.Open(AccountSignIn.Verify(account, command.Password, passwordHasher));
    }
}
