using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal static class InMemoryItemVisibility
{
    /// <summary><see cref="ItemAccess.CanSee(Item, ItemViewer, bool)"/>, knowing the items shared with the viewer.</summary>
    /// <remarks>Called while holding the store's lock.</remarks>
    public static Func<Item, bool> VisibleTo(InMemoryDatabase database, ItemViewer viewer)
    {
        var sharedWithViewer = database.ItemShares.Rows
            .Where(s => s.RecipientUserId == viewer.UserId)
            .Select(s => s.Dfid)
            .ToHashSet(StringComparer.Ordinal);
        return item => ItemAccess.CanSee(item, viewer, sharedWithViewer.Contains(item.Dfid));
    }
}
