namespace DeFarm.Application.Circuits;

/// <summary>Everything a caller can do to a circuit, each guarded by one rule of <see cref="CircuitAccess"/>.</summary>
public enum CircuitAction
{
    /// <summary>Read the circuit, its roles and adapter configuration.</summary>
    View,

    /// <summary>Read what it holds: items, operations, pending items, activities.</summary>
    ViewContents,

    Update,
    AddMember,
    AssignRole,
    ManageJoinRequests,
    ManageRoles,
    UpdatePublicSettings,
    ConfigureAdapter,
    Deactivate,
    ToggleVisibility,
}
