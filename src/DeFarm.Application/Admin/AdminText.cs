using DeFarm.Domain.Users;

namespace DeFarm.Application.Admin;

/// <summary>Wire spellings of the admin pages: roles in lower case (<c>admin</c>, <c>partner</c>, …), parsed in any case.</summary>
public static class AdminText
{
    public static string Role(UserRole role) => role.ToString().ToLowerInvariant();

    public static UserRole? ParseRole(string? text) =>
        Enum.TryParse<UserRole>(text?.Trim(), ignoreCase: true, out var role) && Enum.IsDefined(role) ? role : null;

    public const string RoleRule = "role must be one of admin, partner, editor, viewer";
}
