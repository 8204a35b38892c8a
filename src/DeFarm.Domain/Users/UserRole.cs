namespace DeFarm.Domain.Users;

/// <summary>
/// The platform role the admin pages show and set (spa-contract §2.8): <see cref="Admin"/> is the account's admin
/// right; the other three are labels an admin gives accounts and carry no rights of their own (ADR-019).
/// </summary>
public enum UserRole
{
    Admin,
    Partner,
    Editor,
    Viewer,
}
