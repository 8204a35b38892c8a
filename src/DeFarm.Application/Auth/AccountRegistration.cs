using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Auth;

/// <summary>Self-registration shared by both sign-up routes: unique username and email, hashed password, bonus credits.</summary>
internal sealed class AccountRegistration(
    IUserRepository users,
    ICreditTransactionRepository creditTransactions,
    IPasswordHasher passwordHasher,
    TimeProvider clock)
{
    /// <param name="email">Already normalized (<see cref="EmailAddress.Normalize"/>).</param>
    public async Task<UserAccount> RegisterAsync(
        string username, string email, string password, string? workspaceName, string? fullName,
        CancellationToken cancellationToken)
    {
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
            username, email, passwordHasher.Hash(password), workspaceName, clock.GetUtcNow(), fullName);
        users.Add(account);
        creditTransactions.Add(bonus);
        return account;
    }
}
