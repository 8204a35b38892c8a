using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Circuits;

/// <summary>
/// The permission matrix of engines-api.md §3.7, with the acting user always taken from the credentials
/// (decision 14). A circuit is seen by its members and, while it is publicly accessible, by every signed-in
/// user; what it holds (items, operations, activities) only by its members. A caller who cannot see the circuit
/// gets 404 for every action, one who sees it but lacks the permission 403.
/// </summary>
public static class CircuitAccess
{
    public static bool CanView(Circuit circuit, string userId, DateTimeOffset now) =>
        circuit.IsMember(userId) || circuit.IsPubliclyAccessible(now);

    public static bool IsAllowed(Circuit circuit, string userId, CircuitAction action) => action switch
    {
        CircuitAction.View => true,
        CircuitAction.ViewContents => circuit.IsMember(userId),
        CircuitAction.Update or CircuitAction.UpdatePublicSettings or CircuitAction.ConfigureAdapter
            or CircuitAction.ManageApiKeys =>
            circuit.IsOwner(userId) || circuit.HasPermission(userId, CircuitPermission.ManagePermissions),
        CircuitAction.AddMember => circuit.HasPermission(userId, CircuitPermission.Invite),
        CircuitAction.AssignRole or CircuitAction.ManageJoinRequests or CircuitAction.DecideOperations =>
            circuit.HasPermission(userId, CircuitPermission.ManageMembers),
        CircuitAction.ManageRoles => circuit.HasPermission(userId, CircuitPermission.ManageRoles),
        CircuitAction.Deactivate or CircuitAction.ManagePostActions =>
            circuit.HasPermission(userId, CircuitPermission.ManagePermissions),
        CircuitAction.Archive => circuit.HasPermission(userId, CircuitPermission.Delete),
        CircuitAction.ToggleVisibility => circuit.IsOwner(userId) || circuit.MemberOf(userId)?.Role == MemberRole.Admin,
        CircuitAction.Push => circuit.HasPermission(userId, CircuitPermission.Push),
        CircuitAction.Pull => circuit.HasPermission(userId, CircuitPermission.Pull),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown circuit action"),
    };

    /// <summary>404 when the caller cannot see the circuit, 403 when they see it but may not do this.</summary>
    public static void Ensure(Circuit circuit, string userId, CircuitAction action, DateTimeOffset now)
    {
        if (!CanView(circuit, userId, now))
        {
            throw CircuitErrors.NotFound();
        }

        if (!IsAllowed(circuit, userId, action))
        {
            throw action == CircuitAction.ToggleVisibility
                ? CircuitErrors.CannotToggleVisibility()
                : CircuitErrors.PermissionDenied(Describe(action));
        }
    }

    /// <summary>
    /// Nobody hands out more than they hold: every permission given to a member or put into a role must be one
    /// the caller holds, so an admin cannot create an owner or widen their own role.
    /// </summary>
    public static void EnsureMayGrant(Circuit circuit, string userId, IEnumerable<CircuitPermission> permissions)
    {
        var missing = permissions.Where(p => !circuit.HasPermission(userId, p)).Cast<CircuitPermission?>().FirstOrDefault();
        if (missing is { } permission)
        {
            throw CircuitErrors.CannotGrant(permission.ToString());
        }
    }

    private static string Describe(CircuitAction action) => action switch
    {
        CircuitAction.ViewContents => "only members may read what a circuit holds",
        CircuitAction.Update => "updating the circuit needs the ManagePermissions permission",
        CircuitAction.UpdatePublicSettings => "changing public settings needs the ManagePermissions permission",
        CircuitAction.ConfigureAdapter => "configuring the adapter needs the ManagePermissions permission",
        CircuitAction.AddMember => "adding members needs the Invite permission",
        CircuitAction.AssignRole => "assigning roles needs the ManageMembers permission",
        CircuitAction.ManageJoinRequests => "handling join requests needs the ManageMembers permission",
        CircuitAction.ManageRoles => "managing roles needs the ManageRoles permission",
        CircuitAction.Deactivate => "deactivating the circuit needs the ManagePermissions permission",
        CircuitAction.Archive => "deleting the circuit needs the Delete permission",
        CircuitAction.Push => "you do not have push permission on this circuit",
        CircuitAction.Pull => "you do not have pull permission on this circuit",
        CircuitAction.DecideOperations => "approving or rejecting operations needs the ManageMembers permission",
        CircuitAction.ManagePostActions => "post actions and webhooks need the ManagePermissions permission",
        CircuitAction.ManageApiKeys => "creating API keys needs the ManagePermissions permission",
        _ => action.ToString(),
    };
}
