namespace DeFarm.Domain.Circuits;

/// <summary>The permission sets of the built-in roles and of the two default custom roles.</summary>
public static class CircuitPermissions
{
    public static IReadOnlyList<CircuitPermission> All { get; } =
    [
        CircuitPermission.Push, CircuitPermission.Pull, CircuitPermission.Invite, CircuitPermission.ManageMembers,
        CircuitPermission.ManagePermissions, CircuitPermission.ManageRoles, CircuitPermission.Delete,
        CircuitPermission.Certify, CircuitPermission.Audit,
    ];

    /// <summary>What a member of <paramref name="role"/> holds when added (engines-api.md §1.4).</summary>
    public static IReadOnlyList<CircuitPermission> DefaultsFor(MemberRole role) => role switch
    {
        MemberRole.Owner => All,
        MemberRole.Admin =>
        [
            CircuitPermission.Push, CircuitPermission.Pull, CircuitPermission.Invite, CircuitPermission.ManageMembers,
            CircuitPermission.ManageRoles, CircuitPermission.Certify,
        ],
        MemberRole.Member => [CircuitPermission.Push, CircuitPermission.Pull],
        MemberRole.Viewer => [CircuitPermission.Pull],
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown member role"),
    };
}
