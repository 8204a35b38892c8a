using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Items;

/// <summary>
/// Records that a local item became a DFID, for tokenization (push-local) to call inside its command, so the
/// mapping commits with the rest of the push. Reads by LID then resolve to the DFID (decisions 3 and 4).
/// </summary>
public sealed class LidDfidMapper(IItemRepository items, ILidDfidMappingRepository mappings, TimeProvider clock)
{
    /// <summary>Maps <paramref name="localId"/> to <paramref name="dfid"/>; 404 when no such local item exists.</summary>
    public async Task MapAsync(Guid localId, Dfid dfid, CancellationToken cancellationToken)
    {
        if (await items.GetByDfidAsync(Item.LocalPrefix + localId, cancellationToken) is null)
        {
            throw LocalItemErrors.NotFound();
        }

        mappings.Add(new LidDfidMapping(localId, dfid, clock.GetUtcNow()));
    }
}
