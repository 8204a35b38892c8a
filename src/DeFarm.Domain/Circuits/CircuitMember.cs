namespace DeFarm.Domain.Circuits;

/// <summary>
/// A user in a circuit: the built-in role, and the permissions actually held, which a custom role
/// (<see cref="CustomRoleName"/>) replaces.
/// </summary>
public sealed class CircuitMember
{
    private List<CircuitPermission> _permissions = [];

    private CircuitMember()
    {
    }

    internal CircuitMember(string memberId, MemberRole role, DateTimeOffset joinedAt)
    {
        MemberId = memberId;
        Role = role;
        _permissions = [.. CircuitPermissions.DefaultsFor(role)];
        JoinedAt = joinedAt;
    }

    public string MemberId { get; private set; } = string.Empty;
    public MemberRole Role { get; private set; }
    public string? CustomRoleName { get; private set; }
    public IReadOnlyList<CircuitPermission> Permissions => _permissions;
    public DateTimeOffset JoinedAt { get; private set; }

    public bool Holds(CircuitPermission permission) => _permissions.Contains(permission);

    /// <summary>The name members are counted under: the custom role if any, else the built-in role.</summary>
    public string RoleName => CustomRoleName ?? Role.ToString();

    internal void TakeCustomRole(CustomRole role)
    {
        CustomRoleName = role.RoleName;
        _permissions = [.. role.Permissions];
    }
}
