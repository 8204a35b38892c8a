using DeFarm.Application.Circuits;
using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Events.Commands.PushLocalEventToCircuit;
using DeFarm.Domain.Events;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Events;

/// <summary>
/// Pushes local events into a circuit as events of a tokenized item (engines-api.md §3.5, "Pushing local
/// events"): an event whose content already exists under the target is answered by that twin, which gains the
/// metadata keys it lacks; any other is re-labelled with the target DFID. The content hashes are locked first,
/// in one call, so twins racing to one hash are answered as duplicates rather than failing on the unique index.
/// </summary>
/// <remarks>
/// Every entry point that pushes local events goes through <see cref="PushAsync"/>, which checks the target
/// before it reads or stages anything, so none can skip the checks (ADR-009).
/// </remarks>
internal sealed class LocalEventPusher(
    ICircuitRepository circuits,
    ICircuitItemRepository circuitItems,
    IEventRepository events,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    /// <summary>
    /// Pushes those of <paramref name="localEventIds"/> that name a local event of the caller's into the circuit
    /// as events of <paramref name="targetDfid"/>; the others (unknown, someone else's, already pushed) are
    /// skipped. First the target: Push on the circuit (404 for a circuit the caller cannot see, 403 without
    /// Push), an active circuit (400) and an item the circuit holds (404 <c>item_not_in_circuit</c>), which is
    /// also what makes the target a DFID that exists and that the caller sees, as every member does.
    /// </summary>
    public async Task<PushedLocalEvents> PushAsync(
        UserAccount caller, string circuitId, string targetDfid, IReadOnlyList<Guid> localEventIds,
        CancellationToken cancellationToken)
    {
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, circuitId, caller.Id, CircuitAction.Push, clock.GetUtcNow(), cancellationToken);
        CircuitPushPipeline.EnsureActive(circuit);
        if (await circuitItems.GetAsync(circuit.Id, targetDfid, cancellationToken) is null)
        {
            throw CircuitErrors.ItemNotInCircuit();
        }

        var locals = new List<Event>();
        foreach (var localEventId in localEventIds.Distinct())
        {
            if (await events.GetByLocalIdAsync(localEventId, cancellationToken) is { IsLocal: true } local
                && EventAccess.CanChange(local, caller))
            {
                locals.Add(local);
            }
        }

        var results = await PushAsync(locals, targetDfid, circuit.Id, cancellationToken);
        return new PushedLocalEvents(
            circuit.Id, locals.Zip(results, (local, result) => new PushedLocalEvent(local.LocalEventId!.Value, result)).ToList());
    }

    private async Task<IReadOnlyList<PushLocalEventResult>> PushAsync(
        IReadOnlyList<Event> localEvents, string targetDfid, Guid circuitId, CancellationToken cancellationToken)
    {
        var hashes = localEvents.Select(local => local.HashFor(targetDfid)).ToList();
        await unitOfWork.LockAsync(hashes.Distinct().Select(LockKeys.ForEventContent), cancellationToken);

        // Events this call pushed, by their new hash: a later twin in the same call is their duplicate.
        var pushedNow = new Dictionary<string, Event>(StringComparer.Ordinal);
        var results = new List<PushLocalEventResult>(localEvents.Count);
        for (var i = 0; i < localEvents.Count; i++)
        {
            var existing = pushedNow.GetValueOrDefault(hashes[i])
                ?? await events.GetByContentHashAsync(hashes[i], cancellationToken);
            if (existing is not null)
            {
                // Non-destructive: the existing event keeps its values and only gains keys it lacks.
                var mergedKeys = existing.AddMissingMetadata(localEvents[i].Metadata);
                results.Add(new PushLocalEventResult(
                    EventResponse.From(existing), WasDeduplicated: true, existing.EventId, mergedKeys.Count > 0, mergedKeys));
                continue;
            }

            localEvents[i].PushToCircuit(targetDfid, circuitId);
            pushedNow[hashes[i]] = localEvents[i];
            results.Add(new PushLocalEventResult(EventResponse.From(localEvents[i]), WasDeduplicated: false, null, WasMerged: false, []));
        }

        return results;
    }
}

/// <summary>What <see cref="LocalEventPusher.PushAsync"/> pushed: the circuit, and each local event it used, in order.</summary>
internal sealed record PushedLocalEvents(Guid CircuitId, IReadOnlyList<PushedLocalEvent> Events);

internal sealed record PushedLocalEvent(Guid LocalEventId, PushLocalEventResult Result);
