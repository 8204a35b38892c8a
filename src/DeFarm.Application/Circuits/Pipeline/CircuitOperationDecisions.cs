using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Notifications;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Circuits.Pipeline;

/// <summary>Which operation a decision is about, as the route names it.</summary>
/// <param name="CircuitId">The circuit of the route (pending-item routes), or <c>null</c> (operation routes).</param>
/// <param name="PushesOnly">Pending items are pushes; an operation route decides pushes and pulls alike.</param>
internal sealed record OperationRef(Guid OperationId, Guid? CircuitId = null, bool PushesOnly = false)
{
    /// <summary>The operation of an operation route; an id that is not a UUID names nothing (404).</summary>
    public static OperationRef ToOperation(string operationId) =>
        new(Guid.TryParse(operationId, out var id) ? id : Guid.Empty);

    /// <summary>
    /// A pending item of a circuit: a pending push addressed by its operation id. 400 for a circuit id that is not
    /// a UUID; a pending id that is not one names nothing (404).
    /// </summary>
    public static OperationRef ToPendingItem(string circuitId, string pendingId) =>
        new(Guid.TryParse(pendingId, out var id) ? id : Guid.Empty, CircuitLoader.ParseId(circuitId), PushesOnly: true);
}

/// <summary>
/// Approval and rejection of pending pushes and pulls (engines-api.md §3.4, decision 9). The decider is the
/// caller (decision 14) and needs ManageMembers on the operation's circuit. Approving a push carries out every
/// effect the push deferred (circuit item, storage upload, auto-publish, activity, event); approving a pull
/// takes the item out of the circuit. Rejecting records the reason, the decider and the time, and changes
/// nothing else in the circuit but refunds what the requester was charged. Either way the requester is notified.
/// </summary>
internal sealed class CircuitOperationDecisions(
    ICircuitRepository circuits,
    ICircuitOperationRepository operations,
    IItemRepository items,
    Notifier notifications,
    CircuitPushPipeline pipeline,
    CreditCharger charger,
    TimeProvider clock)
{
    public async Task<(Circuit Circuit, CircuitOperation Operation)> ApproveAsync(
        OperationRef reference, UserAccount caller, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (circuit, operation) = await LoadAsync(reference, caller, now, cancellationToken);
        operation.Approve(caller.Id, now);
        if (operation.OperationType == CircuitOperationType.Push)
        {
            var item = await items.GetByDfidAsync(operation.Dfid, cancellationToken) ?? throw ItemErrors.NotFound();
            await pipeline.CompletePushAsync(circuit, operation, item, caller, now, cancellationToken);
        }
        else
        {
            await pipeline.CompletePullAsync(circuit, operation, now, cancellationToken);
        }

        CircuitNotifications.OperationDecided(notifications, circuit, operation, now);
        return (circuit, operation);
    }

    public async Task<(Circuit Circuit, CircuitOperation Operation)> RejectAsync(
        OperationRef reference, UserAccount caller, string? reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (circuit, operation) = await LoadAsync(reference, caller, now, cancellationToken);
        operation.Reject(caller.Id, reason, now);
        await charger.RefundAsync(
            operation.RequesterId, operation.OperationId.ToString(), $"{operation.OperationType} rejected", cancellationToken);
        CircuitNotifications.OperationDecided(notifications, circuit, operation, now);
        return (circuit, operation);
    }

    /// <summary>
    /// The operation and its circuit, tracked: 404 when it does not exist, is not the route's, or its circuit is
    /// hidden from the caller; 403 without ManageMembers.
    /// </summary>
    private async Task<(Circuit, CircuitOperation)> LoadAsync(
        OperationRef reference, UserAccount caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var operation = await operations.GetByIdAsync(reference.OperationId, cancellationToken);
        var routeMatches = operation is not null
            && (reference.CircuitId is null || operation.CircuitId == reference.CircuitId)
            && (!reference.PushesOnly || operation.OperationType == CircuitOperationType.Push);
        var circuit = routeMatches ? await circuits.GetByIdAsync(operation!.CircuitId, cancellationToken) : null;
        if (circuit is null || !CircuitAccess.CanView(circuit, caller.Id, now))
        {
            throw reference.PushesOnly ? CircuitErrors.PendingItemNotFound() : CircuitErrors.OperationNotFound();
        }

        CircuitAccess.Ensure(circuit, caller.Id, CircuitAction.DecideOperations, now);
        return (circuit, operation!);
    }
}
