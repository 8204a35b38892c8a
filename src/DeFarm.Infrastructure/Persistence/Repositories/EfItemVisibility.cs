using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal static class EfItemVisibility
{
    /// <summary>The visibility rule of <see cref="Application.Items.ItemAccess"/>, as SQL.</summary>
    public static IQueryable<Item> VisibleTo(DeFarmDbContext db, ItemViewer viewer)
    {
        var items = db.Items.AsNoTracking();
        return viewer.IsAdmin
            ? items
            : items.Where(i => i.CreatedBy == viewer.UserId
                || (i.Dfid.StartsWith(Item.LocalPrefix) && i.WorkspaceId != null && i.WorkspaceId == viewer.WorkspaceId)
                || db.ItemShares.Any(s => s.Dfid == i.Dfid && s.RecipientUserId == viewer.UserId));
    }
}
