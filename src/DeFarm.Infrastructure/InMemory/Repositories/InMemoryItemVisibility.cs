using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal static class InMemoryItemVisibility
{
    /// <summary>
    /// <see cref="ItemAccess.CanSee(Item, ItemViewer, bool)"/>, knowing the items shared with the viewer or granted
    /// to them by circuits.
    /// </summary>
    /// <remarks>Called while holding the store's lock.</remarks>
    public static Func<Item, bool> VisibleTo(InMemoryDatabase database, ItemViewer viewer, DateTimeOffset now)
    {
        var granted = database.DfidsGrantedByCircuits(viewer.UserId, now);
        granted.UnionWith(database.ItemShares.Rows.Where(s => s.RecipientUserId == viewer.UserId).Select(s => s.Dfid));
        return item => ItemAccess.CanSee(item, viewer, granted.Contains(item.Dfid));
    }
}
