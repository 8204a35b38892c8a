using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Events;
using DeFarm.Application.Items;
using DeFarm.Application.Storage;
using DeFarm.Domain.Common;
using DeFarm.Domain.Snapshots;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Snapshots;

/// <summary>What a snapshot of a resource is taken over: its id as stored and its leaves (key, content hash).</summary>
internal sealed record CapturedState(string ResourceId, IReadOnlyList<(string Key, string ContentHash)> Leaves);

/// <summary>
/// Captures a resource's current state for a snapshot (ADR-019). A circuit: every item it holds, by DFID, with the
/// BLAKE3 hash of the item's stored form (what storage uploads, <see cref="ItemContent"/>). An item: its own state
/// the same way, then every event the caller may see of it, oldest first, by the event's content hash. The caller
/// must be a member of the circuit, or able to see the item.
/// </summary>
internal sealed class SnapshotCapture(
    ICircuitRepository circuits,
    ICircuitMembership membership,
    IItemQueries items,
    IEventQueries events,
    ISnapshotQueries snapshots,
    TimeProvider clock)
{
    /// <summary>The most leaves one snapshot holds, so capturing stays one bounded read.</summary>
    public const int MaxLeaves = 10_000;

    public const string EventKeyPrefix = "event:";

    public Task<CapturedState> CaptureAsync(
        SnapshotResourceType resourceType, string resourceId, UserAccount caller, CancellationToken cancellationToken) =>
        resourceType == SnapshotResourceType.Circuit
            ? CaptureCircuitAsync(resourceId, caller, cancellationToken)
            : CaptureItemAsync(resourceId, caller, cancellationToken);

    private async Task<CapturedState> CaptureCircuitAsync(string circuitId, UserAccount caller, CancellationToken cancellationToken)
    {
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, circuitId, caller.Id, CircuitAction.ViewContents, clock.GetUtcNow(), cancellationToken);
        var held = await snapshots.ListCircuitItemsAsync(circuit.Id, MaxLeaves + 1, cancellationToken);
        EnsureWithinLimit(held.Count);
        return new CapturedState(
            circuit.Id.ToString(), held.Select(item => (item.Dfid, StateHash(item))).ToList());
    }

    private async Task<CapturedState> CaptureItemAsync(string dfid, UserAccount caller, CancellationToken cancellationToken)
    {
        var item = await items.GetVisibleAsync(caller.Id, dfid, cancellationToken) ?? throw ItemErrors.NotFound();
        var viewer = await EventAccess.ViewerOfAsync(caller, membership, cancellationToken);
        var history = await events.ListAsync(viewer, new EventFilter(Dfid: item.Dfid), MaxLeaves, 0, cancellationToken);
        EnsureWithinLimit(history.Count + 1);
        var leaves = history.OrderBy(e => e.Timestamp).ThenBy(e => e.EventId)
            .Select(e => (EventKeyPrefix + e.EventId, e.ContentHash))
            .Prepend((item.Dfid, StateHash(item)));
        return new CapturedState(item.Dfid, leaves.ToList());
    }

    private static string StateHash(Domain.Items.Item item) => Blake3Hash.Hex(ItemContent.CanonicalBytes(item));

    private static void EnsureWithinLimit(int leafCount)
    {
        if (leafCount > MaxLeaves)
        {
            throw SnapshotErrors.TooLarge(MaxLeaves);
        }
    }
}
