using DeFarm.Domain.Users;

namespace DeFarm.Application.Admin;

/// <summary>An account as the admin users page reads it (spa-contract §2.8 AD1).</summary>
public sealed record AdminUserResponse(
    string Id,
    string? FullName,
    string Email,
    string Username,
    string Role,
    bool IsActive,
    string Status,
    DateTimeOffset CreatedAt)
{
    public static AdminUserResponse From(UserAccount user) => new(
        user.Id, user.FullName, user.Email, user.Username, AdminText.Role(user.Role),
        user.Status == AccountStatus.Active, user.Status.ToString(), user.CreatedAt);
}
