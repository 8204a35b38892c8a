using DeFarm.Domain.Users;

namespace DeFarm.Application.Auth.Sessions;

/// <summary>
/// What opening or refreshing a sign-in session answers: a short-lived access token, the refresh token to
/// exchange for the next one, and who they are for.
/// </summary>
public sealed record SessionGrant(
    string AccessToken, TimeSpan AccessTokenLifetime, string RefreshToken, SessionUser User);

/// <summary>The signed-in account as the front end shows it.</summary>
public sealed record SessionUser(
    string Id, string Username, string Email, string? FullName, bool IsAdmin, bool IsActive, string? WorkspaceId,
    UserTier Tier)
{
    public static SessionUser From(UserAccount user) => new(
        user.Id, user.Username, user.Email, user.FullName, user.IsAdmin, user.Status == AccountStatus.Active,
        user.WorkspaceId, user.Tier);

    /// <summary>The workspace id without its <c>-workspace</c> suffix (registration names workspaces that way).</summary>
    public string? WorkspaceSlug => WorkspaceId is { } id && id.EndsWith(UserAccount.WorkspaceIdSuffix, StringComparison.Ordinal)
        ? id[..^UserAccount.WorkspaceIdSuffix.Length]
        : WorkspaceId;
}
