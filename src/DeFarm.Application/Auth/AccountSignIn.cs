using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Auth;

internal static class AccountSignIn
{
    /// <summary>
    /// The account if the password matches it and it may sign in: 401 for an unknown account or a wrong
    /// password alike, and the status check (403) only after the password matched, so it reveals nothing to a
    /// guesser.
    /// </summary>
    public static UserAccount Verify(UserAccount? account, string password, IPasswordHasher passwordHasher)
    {
        if (account is null || !passwordHasher.Verify(password, account.PasswordHash))
        {
            throw AuthErrors.InvalidCredentials();
        }

        account.EnsureCanSignIn();
        return account;
    }
}
