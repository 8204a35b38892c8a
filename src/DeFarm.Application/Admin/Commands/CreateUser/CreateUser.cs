using DeFarm.Application.Auth;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Admin.Commands.CreateUser;

/// <summary>
/// An admin creates an account with a role. It is registered like a self-registered one (own workspace, bonus
/// credits); its username is its email, which is also how it signs in to the engines routes.
/// </summary>
public sealed record CreateUserCommand : ICommand<AdminUserResponse>
{
    public const int MaxEmailLength = 100;

    public string Email { get; init; } = string.Empty;
    public string FullName { get; init; } = string.Empty;
    public string Password { get; init; } = string.Empty;
    public string Role { get; init; } = string.Empty;
}

internal sealed class CreateUserCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICreditTransactionRepository creditTransactions,
    IPasswordHasher passwordHasher,
    TimeProvider clock) : ICommandHandler<CreateUserCommand, AdminUserResponse>
{
    public async ValueTask<AdminUserResponse> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var email = EmailAddress.Normalize(command.Email);
        // Courtesy check for the exact message; the unique indexes are what really guarantee uniqueness.
        if (await users.ExistsWithEmailAsync(email, cancellationToken) || await users.ExistsWithUsernameAsync(email, cancellationToken))
        {
            throw AuthErrors.EmailTaken();
        }

        var now = clock.GetUtcNow();
        var (account, bonus) = UserAccount.Register(
            email, email, passwordHasher.Hash(command.Password), workspaceName: null, now, command.FullName);
        account.ChangeRole(AdminText.ParseRole(command.Role)!.Value, now);
        users.Add(account);
        creditTransactions.Add(bonus);
        return AdminUserResponse.From(account);
    }
}
