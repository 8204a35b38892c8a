using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Notifications;
using DeFarm.Application.Storage;
using DeFarm.Application.Users;
using DeFarm.Application.Webhooks;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Events;
using DeFarm.Domain.Items;
using DeFarm.Domain.Storage;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Circuits.Pipeline;

/// <summary>
/// The one push pipeline of push-local, legacy push and batch push (decisions 9–11), and its pull twin
/// (engines-api.md §3.4). An operation starts Pending when the circuit requires approval, else Completed; the
/// effects of a completed push — circuit item, storage upload, auto-publish, activity, <c>PushedToCircuit</c>
/// event — happen at once or when the operation is approved, never before. Everything is staged in the
/// caller's unit of work, so a push is stored whole or not at all (the upload itself is content-addressed and
/// harmless if the commit fails). The requester pays for an operation when asking for it, and gets the credits
/// back if it is rejected (<see cref="CircuitOperationDecisions"/>).
/// </summary>
/// <remarks>Commands using it are <c>IRetryOnConcurrentUpdate</c>: see <see cref="ICircuitItemRepository.Add"/>.</remarks>
internal sealed class CircuitPushPipeline(
    ICircuitItemRepository circuitItems,
    ICircuitOperationRepository operations,
    ICircuitActivityRepository activities,
    IEventRepository events,
    Notifier notifications,
    ItemVersionStorage storage,
    WebhookOutbox webhooks,
    CreditCharger charger)
{
    /// <summary>The operation metadata key naming the LID of a push-local (its storage trigger is <c>circuit_push</c>).</summary>
    public const string LocalIdKey = "local_id";

    /// <summary>The operation metadata key saying what a push-local's tokenization did (<see cref="Tokenization"/>).</summary>
    public const string TokenizationKey = "tokenization";

    /// <summary>
    /// What a push needs beyond the Push permission: an active circuit, an adapter this deployment can store with,
    /// and — unless the circuit sponsors it — a tier that includes that adapter (engines-api.md §3.4, decision 10).
    /// </summary>
    public static void EnsureMayPushTo(Circuit circuit, UserAccount caller)
    {
        EnsureActive(circuit);
        if (circuit.AdapterConfig is not { AdapterType: { } adapterType } config || adapterType == CircuitAdapterType.None)
        {
            return;
        }

        if (!config.SponsorAdapterAccess && !adapterType.IsAvailableTo(caller.Tier))
        {
            throw CircuitErrors.AdapterPermissionDenied(adapterType.Name);
        }

        StorageAdapterTypes.EnsureImplemented(AdapterType.Parse(adapterType.Name));
    }

    /// <summary>
    /// The circuit the caller may push into now: Push permission (404 when they cannot see it, 403 otherwise) and
    /// <see cref="EnsureMayPushTo"/>.
    /// </summary>
    public static async Task<Circuit> LoadTargetAsync(
        ICircuitRepository circuits, string circuitId, UserAccount caller, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var circuit = await CircuitLoader.LoadForAsync(circuits, circuitId, caller.Id, CircuitAction.Push, now, cancellationToken);
        EnsureMayPushTo(circuit, caller);
        return circuit;
    }

    public static void EnsureActive(Circuit circuit)
    {
        if (circuit.Status != CircuitStatus.Active)
        {
            throw CircuitErrors.NotActive();
        }
    }

    /// <summary>Starts a push of <paramref name="item"/> and, unless it awaits approval, completes it.</summary>
    public async Task<CircuitOperation> PushAsync(
        Circuit circuit, Item item, UserAccount requester, JsonObject? metadata, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var operation = CircuitOperation.Start(
            circuit.Id, item.Dfid, CircuitOperationType.Push, requester.Id, circuit.RequireApprovalForPush, now, metadata);
        operations.Add(operation);
        charger.Charge(requester, ChargedOperation.CircuitOperation, operation.OperationId.ToString());
        if (operation.IsPending)
        {
            CircuitNotifications.PushAwaitsApproval(notifications, circuit, operation, now);
        }
        else
        {
            await CompletePushAsync(circuit, operation, item, requester, now, cancellationToken);
        }

        return operation;
    }

    /// <summary>
    /// The effects of a completed push, at once or on approval: the circuit holds the item, the version is
    /// stored with the circuit's adapter (none: nothing stored, decision 11), it is published when the public
    /// settings say so, the activity and <c>PushedToCircuit</c> event are recorded, and the webhooks' deliveries
    /// are written (<see cref="WebhookTriggersOf"/>).
    /// </summary>
    /// <param name="actingUser">Who makes it happen (the pusher, or the approver): the storage record's user.</param>
    public async Task CompletePushAsync(
        Circuit circuit, CircuitOperation operation, Item item, UserAccount actingUser, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (await circuitItems.GetAsync(circuit.Id, item.Dfid, cancellationToken) is null)
        {
            circuitItems.Add(CircuitItem.Add(circuit.Id, item.Dfid, operation.RequesterId, now));
        }

        StorageRecord? stored = null;
        if (StorageAdapterOf(circuit) is { } adapterType)
        {
            var trigger = operation.Metadata.ContainsKey(LocalIdKey) ? StorageTriggers.CircuitPush : StorageTriggers.CircuitMigration;
            stored = await storage.StoreAsync(item, adapterType, trigger, circuit.Id, actingUser, cancellationToken);
        }

        var published = circuit.AutoPublish(item.Dfid, now);
        Record(circuit, operation, CircuitActivityType.Push, EventType.PushedToCircuit, now);
        webhooks.PushCompleted(circuit, operation, item, stored, WebhookTriggersOf(operation, published), now);
    }

    /// <summary>
    /// What a completed push tells webhooks (engines-api.md §3.3 step 10, §3.4): <c>item_tokenized</c> when a
    /// push-local minted the DFID, else <c>item_pushed</c>; also <c>item_approved</c> when it had awaited approval
    /// and <c>item_published</c> when it put the item on the public page.
    /// </summary>
    private static IEnumerable<WebhookTrigger> WebhookTriggersOf(CircuitOperation operation, bool published)
    {
        var minted = operation.Metadata[TokenizationKey]?.GetValue<string>() == Tokenization.NewItemCreated;
        yield return minted ? WebhookTrigger.ItemTokenized : WebhookTrigger.ItemPushed;
        if (operation.WasApproved)
        {
            yield return WebhookTrigger.ItemApproved;
        }

        if (published)
        {
            yield return WebhookTrigger.ItemPublished;
        }
    }

    /// <summary>
    /// Starts a pull of an item the circuit holds and, unless it awaits approval, completes it; answers the
    /// operation and the <c>PulledFromCircuit</c> event it recorded, if it completed.
    /// </summary>
    public async Task<(CircuitOperation Operation, Event? Recorded)> PullAsync(
        Circuit circuit, string dfid, UserAccount requester, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var operation = CircuitOperation.Start(
            circuit.Id, dfid, CircuitOperationType.Pull, requester.Id, circuit.RequireApprovalForPull, now);
        operations.Add(operation);
        charger.Charge(requester, ChargedOperation.CircuitOperation, operation.OperationId.ToString());
        var recorded = operation.IsPending ? null : await CompletePullAsync(circuit, operation, now, cancellationToken);
        return (operation, recorded);
    }

    /// <summary>
    /// The effects of a completed pull (engines-api.md §3.4): the item leaves the circuit (and its public page),
    /// and the activity and <c>PulledFromCircuit</c> event are recorded.
    /// </summary>
    public async Task<Event> CompletePullAsync(
        Circuit circuit, CircuitOperation operation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await circuitItems.GetAsync(circuit.Id, operation.Dfid, cancellationToken) is { } held)
        {
            circuitItems.Remove(held);
        }

        circuit.Unpublish(operation.Dfid, now);
        return Record(circuit, operation, CircuitActivityType.Pull, EventType.PulledFromCircuit, now);
    }

    /// <summary>The adapter pushed versions are stored with; <c>null</c> when the circuit stores nothing.</summary>
    private static AdapterType? StorageAdapterOf(Circuit circuit) =>
        circuit.AdapterConfig?.AdapterType is { } adapterType && adapterType != CircuitAdapterType.None
            ? StorageAdapterTypes.ParseImplemented(adapterType.Name)
            : null;

    /// <summary>
    /// The activity and the event of a completed operation (engines-api.md §3.9): the requester is the source,
    /// Public on a circuit open to the public, else circuit-only. The operation id in the metadata keeps two
    /// pushes of one item by one user two events rather than one deduplicated twin.
    /// </summary>
    private Event Record(
        Circuit circuit, CircuitOperation operation, CircuitActivityType activityType, EventType eventType,
        DateTimeOffset now)
    {
        activities.Add(CircuitActivity.Record(
            activityType, circuit, [operation.Dfid], operation.RequesterId, CircuitActivityStatus.Success,
            enrichmentsMade: null, errorMessage: null, now));
        var metadata = new JsonObject
        {
            [Event.CircuitKey] = circuit.Id.ToString(),
            ["requester_id"] = operation.RequesterId,
            ["operation"] = operation.OperationType == CircuitOperationType.Push ? "push" : "pull",
            ["operation_id"] = operation.OperationId.ToString(),
        };
        var visibility = circuit.AllowPublicVisibility ? EventVisibility.Public : EventVisibility.CircuitOnly;
        var recorded = Event.Create(operation.Dfid, eventType, visibility, operation.RequesterId, metadata, now);
        events.Add(recorded);
        return recorded;
    }
}
