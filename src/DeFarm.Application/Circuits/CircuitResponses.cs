using DeFarm.Application.Common;
using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Circuits;

/// <summary>
/// The engines circuit shape (engines-api.md §4.5 CircuitResponse): Unix-second timestamps, enums by name.
/// Pending join requests are shown only to those who may handle them; the access password never appears
/// (decision 16), only <c>requires_password</c>. Lists come in a fixed order whatever the store returns: members
/// by joining time, roles by creation time, then by name.
/// </summary>
public sealed record CircuitResponse(
    Guid CircuitId,
    string Name,
    string Description,
    string OwnerId,
    long CreatedTimestamp,
    long LastModified,
    IReadOnlyList<CircuitMemberResponse> Members,
    CircuitPermissionsResponse Permissions,
    string Status,
    IReadOnlyList<JoinRequestResponse> PendingRequests,
    IReadOnlyList<CustomRoleResponse> CustomRoles,
    PublicSettingsResponse? PublicSettings)
{
    public static CircuitResponse From(Circuit circuit, string viewerId) => new(
        circuit.Id,
        circuit.Name,
        circuit.Description,
        circuit.OwnerId,
        UnixTime.Seconds(circuit.CreatedAt),
        UnixTime.Seconds(circuit.LastModified),
        CircuitMemberResponse.ListAll(circuit),
        new CircuitPermissionsResponse(
            circuit.RequireApprovalForPush, circuit.RequireApprovalForPull, circuit.AllowPublicVisibility),
        circuit.Status.ToString(),
        CircuitAccess.IsAllowed(circuit, viewerId, CircuitAction.ManageJoinRequests)
            ? JoinRequestResponse.ListPending(circuit)
            : [],
        CustomRoleResponse.ListAll(circuit),
        circuit.PublicSettings is { } settings ? PublicSettingsResponse.From(circuit, settings) : null);
}

public sealed record CircuitMemberResponse(
    string MemberId, string Role, string? CustomRoleName, IReadOnlyList<string> Permissions, long JoinedTimestamp)
{
    public static CircuitMemberResponse From(CircuitMember member) => new(
        member.MemberId, member.Role.ToString(), member.CustomRoleName,
        member.Permissions.Select(p => p.ToString()).ToList(), UnixTime.Seconds(member.JoinedAt));

    /// <summary>The circuit's members by joining time, then by id.</summary>
    public static IReadOnlyList<CircuitMemberResponse> ListAll(Circuit circuit) =>
        circuit.Members.OrderBy(m => m.JoinedAt).ThenBy(m => m.MemberId, StringComparer.Ordinal).Select(From).ToList();
}

public sealed record CircuitPermissionsResponse(
    bool RequireApprovalForPush, bool RequireApprovalForPull, bool AllowPublicVisibility);

public sealed record JoinRequestResponse(string RequesterId, long RequestedAt, string? Message, string Status)
{
    public static JoinRequestResponse From(JoinRequest request) => new(
        request.RequesterId, UnixTime.Seconds(request.RequestedAt), request.Message, request.Status.ToString());

    /// <summary>The circuit's pending requests, oldest first.</summary>
    public static IReadOnlyList<JoinRequestResponse> ListPending(Circuit circuit) =>
        circuit.PendingRequests.OrderBy(r => r.RequestedAt).ThenBy(r => r.RequesterId, StringComparer.Ordinal)
            .Select(From).ToList();
}

public sealed record CustomRoleResponse(
    Guid RoleId,
    string RoleName,
    IReadOnlyList<string> Permissions,
    string Description,
    string? Color,
    int MemberCount,
    long CreatedTimestamp,
    string CreatedBy,
    bool IsDefault)
{
    public static CustomRoleResponse From(Circuit circuit, CustomRole role) => new(
        role.RoleId, role.RoleName, role.Permissions.Select(p => p.ToString()).ToList(), role.Description,
        role.Color, circuit.CountMembersWithRole(role.RoleName), UnixTime.Seconds(role.CreatedAt), role.CreatedBy,
        role.IsDefault);

    /// <summary>The circuit's roles, oldest first, then by name.</summary>
    public static IReadOnlyList<CustomRoleResponse> ListAll(Circuit circuit) =>
        circuit.CustomRoles.OrderBy(r => r.CreatedAt).ThenBy(r => r.RoleName, StringComparer.Ordinal)
            .Select(r => From(circuit, r)).ToList();
}

/// <summary>PublicSettings as stored, with <c>requires_password</c> in place of the password; dates in RFC 3339.</summary>
public sealed record PublicSettingsResponse(
    string AccessMode,
    DateTimeOffset? ScheduledDate,
    bool RequiresPassword,
    string? PublicName,
    string? PublicDescription,
    string? PrimaryColor,
    string? SecondaryColor,
    string? LogoUrl,
    string? Tagline,
    string? FooterText,
    IReadOnlyList<string> PublishedItems,
    bool AutoApproveMembers,
    bool AutoPublishPushedItems,
    bool ShowEncryptedEvents,
    string? RequiredEventTypes,
    string? DataQualityRules,
    string? ExportPermissions,
    DateTimeOffset? PublicSince)
{
    public static PublicSettingsResponse From(Circuit circuit, PublicSettings settings) => new(
        settings.AccessMode.ToString(),
        settings.ScheduledDate,
        settings.RequiresPassword,
        settings.PublicName,
        settings.PublicDescription,
        settings.PrimaryColor,
        settings.SecondaryColor,
        settings.LogoUrl,
        settings.Tagline,
        settings.FooterText,
        PublishedDfids(circuit),
        settings.AutoApproveMembers,
        settings.AutoPublishPushedItems,
        settings.ShowEncryptedEvents,
        settings.RequiredEventTypes,
        settings.DataQualityRules,
        settings.ExportPermissions?.ToString(),
        settings.PublicSince);

    /// <summary>The published DFIDs, in publication order (then by DFID).</summary>
    public static IReadOnlyList<string> PublishedDfids(Circuit circuit) =>
        circuit.PublishedItems.OrderBy(p => p.PublishedAt).ThenBy(p => p.Dfid, StringComparer.Ordinal)
            .Select(p => p.Dfid).ToList();
}

/// <summary>The adapter configuration of <c>GET/PUT /api/circuits/:id/adapter</c>.</summary>
public sealed record CircuitAdapterResponse(
    string? AdapterType,
    bool SponsorAdapterAccess,
    bool RequiresApproval,
    bool AutoMigrateExisting,
    string ConfiguredBy,
    DateTimeOffset ConfiguredAt)
{
    /// <summary>The stored configuration, or the defaults of a circuit that has none (adapter "none", by system).</summary>
    public static CircuitAdapterResponse From(Circuit circuit, bool unsetAsNone) => circuit.AdapterConfig is { } config
        ? new(config.AdapterType?.Name ?? (unsetAsNone ? CircuitAdapterType.None.Name : null),
            config.SponsorAdapterAccess, config.RequiresApproval, config.AutoMigrateExisting, config.ConfiguredBy,
            config.ConfiguredAt)
        : new(unsetAsNone ? CircuitAdapterType.None.Name : null, false, false, false, "system", circuit.CreatedAt);
}
