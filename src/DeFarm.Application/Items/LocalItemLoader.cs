using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Items;

/// <summary>
/// Finds local items by LID, by primary key (<c>LID-&lt;lid&gt;</c>). Local items belong to the creator's workspace:
/// any other caller, admins included, gets 404 as if the LID did not exist.
/// </summary>
internal static class LocalItemLoader
{
    /// <summary>The caller's local item, tokenized or not (the local item survives tokenization, decision 4).</summary>
    public static async Task<Item> LoadAsync(
        IItemRepository items, Guid localId, UserAccount caller, CancellationToken cancellationToken)
    {
        var item = await items.GetByDfidAsync(Item.LocalPrefix + localId, cancellationToken);
        return item is not null && IsInWorkspace(item, caller) ? item : throw LocalItemErrors.NotFound();
    }

    /// <summary>The caller's local item if it may still change as a local item: 400 once it was pushed to a circuit.</summary>
    public static async Task<Item> LoadStillLocalAsync(
        IItemRepository items, ILidDfidMappingRepository mappings, Guid localId, UserAccount caller,
        CancellationToken cancellationToken)
    {
        var item = await LoadAsync(items, localId, caller, cancellationToken);
        return await mappings.GetDfidAsync(localId, cancellationToken) is null
            ? item
            : throw LocalItemErrors.AlreadyPushed(localId);
    }

    public static bool IsInWorkspace(Item item, UserAccount caller) =>
        item.WorkspaceId is not null && item.WorkspaceId == caller.WorkspaceId;
}
