using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Auth.Commands.Register;

public sealed record RegisterCommand : ICommand<AuthResponse>
{
    public string Username { get; init; } = string.Empty;
    public string Password { get; init; } = string.Empty;
    public string Email { get; init; } = string.Empty;
    public string? WorkspaceName { get; init; }
}

internal sealed class RegisterCommandHandler(
    IUserRepository users,
    ICreditTransactionRepository creditTransactions,
    IPasswordHasher passwordHasher,
    IAccessTokenService accessTokens,
    TimeProvider clock) : ICommandHandler<RegisterCommand, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        var username = command.Username.Trim();
        var email = EmailAddress.Normalize(command.Email);

        // Courtesy checks for the exact messages; the unique indexes are what really guarantee uniqueness.
        if (await users.ExistsWithUsernameAsync(username, cancellationToken))
        {
            throw AuthErrors.UsernameTaken();
        }

        if (await users.ExistsWithEmailAsync(email, cancellationToken))
        {
            throw AuthErrors.EmailTaken();
        }

        var (account, bonus) = UserAccount.Register(
            username, email, passwordHasher.Hash(command.Password), command.WorkspaceName, clock.GetUtcNow());
        users.Add(account);
        creditTransactions.Add(bonus);
        return AuthResponse.For(account, accessTokens.Issue(account));
    }
}
