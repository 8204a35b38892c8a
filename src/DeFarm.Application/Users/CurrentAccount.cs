using DeFarm.Application.Auth;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Users;

internal static class CurrentAccount
{
    /// <summary>The caller's account; 401 without credentials, 404 if the account was deleted since sign-in.</summary>
    public static async Task<UserAccount> LoadAsync(
        ICurrentUser currentUser, IUserRepository users, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw AuthErrors.NotAuthenticated();
        return await users.GetByIdAsync(userId, cancellationToken) ?? throw AuthErrors.UserNotFound();
    }
}
