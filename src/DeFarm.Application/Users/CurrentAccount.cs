using DeFarm.Application.Auth;
using DeFarm.Application.Common.Exceptions;
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

    /// <summary>The caller's account if it is an admin; 403 <c>Admin privileges required</c> otherwise.</summary>
    public static async Task<UserAccount> LoadAdminAsync(
        ICurrentUser currentUser, IUserRepository users, CancellationToken cancellationToken)
    {
        var caller = await LoadAsync(currentUser, users, cancellationToken);
        return caller.IsAdmin ? caller : throw new ForbiddenException("admin_required", "Admin privileges required");
    }
}
