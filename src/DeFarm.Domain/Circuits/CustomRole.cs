namespace DeFarm.Domain.Circuits;

/// <summary>A named permission set of one circuit; members assigned to it hold exactly its permissions.</summary>
public sealed class CustomRole
{
    public const string OwnerRoleName = "Owner";
    public const string MemberRoleName = "Member";

    private List<CircuitPermission> _permissions = [];

    private CustomRole()
    {
    }

    internal CustomRole(
        string roleName, IEnumerable<CircuitPermission> permissions, string description, string? color,
        string createdBy, bool isDefault, DateTimeOffset now)
    {
        RoleId = Guid.NewGuid();
        RoleName = roleName;
        _permissions = permissions.Distinct().ToList();
        Description = description;
        Color = color;
        CreatedBy = createdBy;
        IsDefault = isDefault;
        CreatedAt = now;
    }

    public Guid RoleId { get; private set; }
    public string RoleName { get; private set; } = string.Empty;
    public IReadOnlyList<CircuitPermission> Permissions => _permissions;
    public string Description { get; private set; } = string.Empty;
    public string? Color { get; private set; }
    public string CreatedBy { get; private set; } = string.Empty;
    public bool IsDefault { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    internal static IEnumerable<CustomRole> Defaults(DateTimeOffset now) =>
    [
        new(OwnerRoleName, CircuitPermissions.All, "Circuit owner with full permissions", "#gold", "system", true, now),
        new(MemberRoleName, CircuitPermissions.DefaultsFor(MemberRole.Member), "Default member role", "#gray", "system", true, now),
    ];

    internal void Change(IEnumerable<CircuitPermission>? permissions, string? description, string? color)
    {
        if (permissions is not null)
        {
            _permissions = permissions.Distinct().ToList();
        }

        Description = description ?? Description;
        Color = color ?? Color;
    }
}
