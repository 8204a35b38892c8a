using DeFarm.Application.Auth.Sessions;

namespace DeFarm.Api.Gateway.Auth;

/// <summary>
/// The AuthResponse of login, register and refresh (spa-contract §3.4): the front end's fields and the openapi
/// <c>UserInfo</c> at once, plus the legacy flat <c>user_id</c> and <c>workspace_id</c>.
/// </summary>
public sealed record GatewayAuthResponse(
    string AccessToken,
    string RefreshToken,
    string TokenType,
    long ExpiresIn,
    GatewayUser User,
    string UserId,
    string? WorkspaceId)
{
    /// <summary>Every account owns the one workspace it was registered with.</summary>
    private const string WorkspaceRole = "owner";

    public static GatewayAuthResponse From(SessionGrant grant)
    {
        var user = grant.User;
        var workspace = new GatewayWorkspace(
            user.WorkspaceId, user.WorkspaceSlug, user.WorkspaceSlug, user.Tier.ToString().ToLowerInvariant(), WorkspaceRole);
        return new GatewayAuthResponse(
            grant.AccessToken,
            grant.RefreshToken,
            "Bearer",
            (long)grant.AccessTokenLifetime.TotalSeconds,
            new GatewayUser(
                user.Id, user.Email, user.Username, user.FullName ?? user.Username, user.FullName, user.IsAdmin,
                user.IsActive, user.WorkspaceId, user.WorkspaceSlug, WorkspaceRole, workspace),
            user.Id,
            user.WorkspaceId);
    }
}

/// <summary><c>name</c> is what the front end displays: the full name, else the username.</summary>
public sealed record GatewayUser(
    string Id,
    string Email,
    string Username,
    string Name,
    string? FullName,
    bool IsAdmin,
    bool IsActive,
    string? WorkspaceId,
    string? WorkspaceSlug,
    string Role,
    GatewayWorkspace Workspace);

/// <summary>The account's workspace; its name is its slug, as no other name is stored (ADR-017).</summary>
public sealed record GatewayWorkspace(string? Id, string? Name, string? Slug, string Tier, string Role);
