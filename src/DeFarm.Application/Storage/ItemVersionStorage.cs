using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Domain.Storage;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Storage;

/// <summary>
/// "Store this item version": uploads the item's canonical JSON with an adapter, then stages a storage record
/// (which becomes the primary copy, with the size of what was stored) and a CID-timeline entry in the caller's
/// unit of work. Every storage trigger goes through here: migration and the circuit push pipeline (with its
/// circuit id).
/// </summary>
/// <remarks>
/// Commands using it should be <see cref="IRetryOnConcurrentUpdate"/>: two requests storing versions of one
/// item at once collide on its history, and a re-run re-uploads nothing new (same bytes, same CID).
/// </remarks>
internal sealed class ItemVersionStorage(
    IStorageAdapterResolver adapters,
    IStorageHistoryRepository histories,
    ICidTimelineRepository timeline,
    TimeProvider clock)
{
    /// <returns>The new record, or <c>null</c> for <c>none</c>, which means no external storage (decision 11).</returns>
    public async Task<StorageRecord?> StoreAsync(
        Item item, AdapterType adapterType, string triggeredBy, Guid? circuitId, UserAccount actingUser,
        CancellationToken cancellationToken)
    {
        StorageAdapterTypes.EnsureImplemented(adapterType);
        if (adapterType.Kind == AdapterKind.None)
        {
            return null;
        }

        var content = ItemContent.CanonicalBytes(item);
        var stored = await adapters.Resolve(adapterType).StoreAsync(content, cancellationToken);
        var now = clock.GetUtcNow();
        var history = await histories.GetByDfidAsync(item.Dfid, cancellationToken);
        if (history is null)
        {
            history = ItemStorageHistory.Start(item.Dfid);
            histories.Add(history);
        }

        var metadata = (JsonObject)stored.Metadata.DeepClone();
        metadata[StorageRecordMetadata.SizeBytesKey] = content.Length;
        var record = history.Append(adapterType, stored.Location, metadata, triggeredBy, circuitId, actingUser.Id, now);
        timeline.Add(CidTimelineEntry.Create(item.Dfid, stored.Cid, stored.Network, transactionHash: null, now, now));
        return record;
    }
}
