using System.Text.Json.Nodes;
using DeFarm.Application.Auth;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Common;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Admin;

/// <summary>Rules the admin user commands share.</summary>
internal static class AdminUsers
{
    /// <summary>The account an admin acts on; 404 for an unknown or deleted one.</summary>
    public static async Task<UserAccount> LoadTargetAsync(
        IUserRepository users, string userId, CancellationToken cancellationToken)
    {
        var user = await users.GetByIdAsync(userId, cancellationToken);
        return user is { IsDeleted: false } ? user : throw AuthErrors.UserNotFound();
    }

    /// <summary>An admin cannot lock themself out: no deleting, deactivating or re-roling their own account.</summary>
    public static void EnsureNotSelf(UserAccount target, UserAccount caller)
    {
        if (target.Id == caller.Id)
        {
            throw new BusinessRuleException(
                "cannot_change_own_account", "Admins cannot delete, deactivate or change the role of their own account");
        }
    }

    public static JsonObject AuditedFields(AdminUserResponse user) => new()
    {
        ["email"] = user.Email,
        ["role"] = user.Role,
        ["is_active"] = user.IsActive,
    };
}
