namespace DeFarm.Domain.Circuits;

public enum CircuitStatus
{
    Active,
    Inactive,
    Archived,
}

/// <summary>Who sees a circuit: members only (private, restricted) or also the public.</summary>
public enum CircuitVisibility
{
    Private,
    Restricted,
    Public,
}

/// <summary>The built-in role of a circuit member; it decides the permissions a member starts with.</summary>
public enum MemberRole
{
    Owner,
    Admin,
    Member,
    Viewer,
}

/// <summary>What a circuit member may do (engines-api.md §1.4).</summary>
public enum CircuitPermission
{
    Push,
    Pull,
    Invite,
    ManageMembers,
    ManagePermissions,
    Delete,
    Certify,
    Audit,
    ManageRoles,
}

public enum JoinRequestStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>How a circuit is open to the public (engines-api.md §3.8).</summary>
public enum PublicAccessMode
{
    /// <summary>Anyone may see it and ask to join.</summary>
    Public,

    /// <summary>Anyone may see it; joining needs the access password.</summary>
    Protected,

    /// <summary>Public from <see cref="PublicSettings.ScheduledDate"/> on.</summary>
    Scheduled,
}

/// <summary>Who may export a public circuit's data (informational).</summary>
public enum ExportPermission
{
    Admin,
    Members,
    Public,
}
