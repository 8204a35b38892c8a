using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Events.Commands.PushLocalEventToCircuit;
using DeFarm.Domain.Events;

namespace DeFarm.Application.Events;

/// <summary>
/// Pushes local events into a circuit as events of a tokenized item (engines-api.md §3.5, "Pushing local
/// events"): an event whose content already exists under the target is answered by that twin, which gains the
/// metadata keys it lacks; any other is re-labelled with the target DFID. The content hashes are locked first,
/// in one call, so twins racing to one hash are answered as duplicates rather than failing on the unique index.
/// </summary>
internal sealed class LocalEventPusher(IEventRepository events, IUnitOfWork unitOfWork)
{
    /// <param name="localEvents">Local events the caller owns, each still local.</param>
    public async Task<IReadOnlyList<PushLocalEventResult>> PushAsync(
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
