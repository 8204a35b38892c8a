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
        return await AllowsAsync(item, caller, ItemAccess.CanSee, circuits.GrantsItemAsync, cancellationToken)
            ? item
            : throw ItemErrors.NotFound();
    }

    /// <summary>
    /// The item if the caller may record events about it (<see cref="ItemAccess.CanRecordEvents"/>): 404 when they
    /// cannot see it, 403 when they see it only through publication or a circuit role without Push.
    /// </summary>
    public async Task<Item> LoadForEventsAsync(string dfid, UserAccount caller, CancellationToken cancellationToken)
    {
        var item = await items.GetByDfidAsync(dfid, cancellationToken) ?? throw ItemErrors.NotFound();
        if (await AllowsAsync(item, caller, ItemAccess.CanRecordEvents, circuits.GrantsPushOnItemAsync, cancellationToken))
        {
            return item;
        }

        // Whoever may record events also sees the item, so visibility is read only for a refusal.
        throw await AllowsAsync(item, caller, ItemAccess.CanSee, circuits.GrantsItemAsync, cancellationToken)
            ? ItemErrors.ReadOnlyForEvents()
            : ItemErrors.NotFound();
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

    /// <summary>
    /// Whether <paramref name="rule"/> lets the caller at the item, reading their grants (a share, or
    /// <paramref name="circuitGrant"/>) only when their own standing is not enough. Grants never reach a local
    /// item (<see cref="ItemAccess"/>), so they are not even read for one.
    /// </summary>
    private async Task<bool> AllowsAsync(
        Item item,
        UserAccount caller,
        Func<Item, UserAccount, bool, bool> rule,
        Func<string, string, CancellationToken, Task<bool>> circuitGrant,
        CancellationToken cancellationToken)
    {
        if (rule(item, caller, false))
        {
            return true;
        }

        var granted = !item.IsLocal
            && (await shares.IsSharedWithAsync(item.Dfid, caller.Id, cancellationToken)
                || await circuitGrant(item.Dfid, caller.Id, cancellationToken));
        return granted && rule(item, caller, true);
    }
}
