using DeFarm.Application.Common.Exceptions;

namespace DeFarm.Application.Circuits;

public static class CircuitErrors
{
    public static RequestValidationException InvalidId() =>
        RequestValidationException.ForField("id", "Invalid circuit ID format");

    /// <summary>Also what a caller gets for a circuit they may not see.</summary>
    public static NotFoundException NotFound() => new("circuit_not_found", "Circuit not found");

    /// <summary>The public view and public join of a circuit that is not publicly accessible.</summary>
    public static NotFoundException NotPublic() => new("CIRCUIT_NOT_PUBLIC", "Circuit not found or not public");

    public static ForbiddenException PermissionDenied(string what) => new("permission_denied", $"Permission denied: {what}");

    public static ForbiddenException CannotToggleVisibility() =>
        new("permission_denied", "Only circuit owner or admin can toggle visibility");

    public static ForbiddenException CannotGrant(string permission) => new(
        "permission_denied", $"Permission denied: you cannot grant the {permission} permission, which you do not hold");

    public static ForbiddenException TierLimitReached(int limit) => new(
        "tier_limit_reached", $"Your tier allows {limit} active circuits; upgrade to create more.");

    public static ForbiddenException AdapterNotAvailable(string adapterType) => new(
        "adapter_not_available", $"User does not have access to adapter '{adapterType}'");

    public static ForbiddenException InvalidAccessPassword() =>
        new("invalid_access_password", "Invalid access password");

    public static ForbiddenException NotYourMemberships() =>
        new("forbidden", "Only that user may list the circuits they belong to");

    /// <summary>Two requests created roles of one name at once; the loser sees this.</summary>
    public static ConflictException RoleNameTaken() => new("role_exists", "A role with this name already exists");

    /// <summary>Two join requests of one user raced each other; the loser sees this.</summary>
    public static ConflictException JoinRequestPending() =>
        new("join_request_pending", "User already has a pending request for this circuit");

    /// <summary>Also what a caller gets for a request id of another circuit.</summary>
    public static NotFoundException JoinRequestNotFound() => new("join_request_not_found", "Join request not found");

    public static ConflictException JoinRequestDecided() =>
        new("join_request_decided", "This join request was already approved or rejected");

    public static NotFoundException UserNotFound() => new("user_not_found", "User not found");

    // The push pipeline

    public static ForbiddenException AdapterPermissionDenied(string adapterType) => new(
        "adapter_permission_denied",
        $"Adapter permission denied: This circuit requires '{adapterType}' adapter access, which your tier does not include");

    public static Domain.Common.BusinessRuleException NotActive() =>
        new("circuit_inactive", "Circuit is not active; nothing can be pushed to or pulled from it");

    /// <summary>Also what a caller gets for an operation of a circuit they cannot see.</summary>
    public static NotFoundException OperationNotFound() => new("operation_not_found", "Operation not found");

    /// <summary>A pending item is a pending push of the circuit named in the route.</summary>
    public static NotFoundException PendingItemNotFound() => new("pending_item_not_found", "Pending item not found");

    public static NotFoundException ItemNotInCircuit() => new("item_not_in_circuit", "Item not found in this circuit");

    /// <summary>The identifiers of one push are already indexed under different DFIDs.</summary>
    public static ConflictException IdentifiersNameDifferentItems(string identifier) => new(
        "identifier_conflict", $"Identifier '{identifier}' already names another tokenized item than the rest of this push");
}
