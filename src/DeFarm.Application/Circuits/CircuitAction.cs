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

    /// <summary>Retire the circuit for good (the front end's delete).</summary>
    Archive,
    ToggleVisibility,

    /// <summary>Push items (by DFID, local items, batches) and local events into the circuit.</summary>
    Push,

    /// <summary>Pull an item out of the circuit.</summary>
    Pull,

    /// <summary>Approve or reject pending pushes and pulls.</summary>
    DecideOperations,

    /// <summary>Read and change post-action settings and webhooks, see their deliveries, test them.</summary>
    ManagePostActions,
    /// <summary>Issue partner API keys that act on the circuit.</summary>
    ManageApiKeys,
}
