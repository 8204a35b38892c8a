using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Items;

/// <summary>
/// Loads an item for a caller under the rule of <see cref="ItemAccess"/>: the one place a handler gets a tracked
/// item it may see or change, so the ports that decide grants (shares, circuits) stay out of every handler.
/// </summary>
internal sealed class ItemLoader(IItemRepository items, IItemShareRepository shares, ICircuitMembership circuits)
{
    /// <summary>
    /// The item if the caller may see it (their own, local to their workspace, or a DFID item shared with them,
    /// granted through a circuit or seen as an admin); 404 otherwise, whether it is missing or someone else's.
    /// </summary>
    public async Task<Item> LoadVisibleAsync(string dfid, UserAccount caller, CancellationToken cancellationToken)
    {
        var item = await items.GetByDfidAsync(dfid, cancellationToken) ?? throw ItemErrors.NotFound();
        if (ItemAccess.CanSee(item, caller, isGrantedToCaller: false))
        {
            return item;
        }

        // Grants never reach a local item (ItemAccess), so they are not even read for one.
        var granted = !item.IsLocal
            && (await shares.IsSharedWithAsync(item.Dfid, caller.Id, cancellationToken)
                || await circuits.GrantsItemAsync(item.Dfid, caller.Id, cancellationToken));
        return ItemAccess.CanSee(item, caller, granted) ? item : throw ItemErrors.NotFound();
    }

    /// <summary>
    /// The item if the caller may record events about it (<see cref="ItemAccess.CanRecordEvents"/>): 404 when they
    /// cannot see it, 403 when they see it only through publication or a circuit role without Push.
    /// </summary>
    public async Task<Item> LoadForEventsAsync(string dfid, UserAccount caller, CancellationToken cancellationToken)
    {
        var item = await LoadVisibleAsync(dfid, caller, cancellationToken);
        if (ItemAccess.CanRecordEvents(item, caller, isSharedOrHeldForCaller: false))
        {
            return item;
        }

        var sharedOrHeld = !item.IsLocal
            && (await shares.IsSharedWithAsync(item.Dfid, caller.Id, cancellationToken)
                || await circuits.GrantsPushOnItemAsync(item.Dfid, caller.Id, cancellationToken));
        return ItemAccess.CanRecordEvents(item, caller, sharedOrHeld) ? item : throw ItemErrors.ReadOnlyForEvents();
    }

    /// <summary>The item if the caller may change it: 404 when they cannot see it, 403 when they only see it.</summary>
    public async Task<Item> LoadChangeableAsync(string dfid, UserAccount caller, CancellationToken cancellationToken)
    {
        var item = await LoadVisibleAsync(dfid, caller, cancellationToken);
        return ItemAccess.CanChange(item, caller)
            ? item
            : throw new ForbiddenException("not_item_owner", "Only the item's creator or an admin may change it");
    }

    /// <summary>
    /// The item already carrying <paramref name="identifier"/>, when the caller may change it; otherwise 409
    /// <c>identifier_taken</c>, which names nothing of the other owner's item.
    /// </summary>
    public async Task<Item> LoadIdentifierHolderAsync(
        string dfid, Identifier identifier, UserAccount caller, CancellationToken cancellationToken)
    {
        var holder = await items.GetByDfidAsync(dfid, cancellationToken);
        return holder is not null && ItemAccess.CanChange(holder, caller)
            ? holder
            : throw ItemErrors.IdentifierTaken(identifier);
    }
}
