using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal static class EfItemVisibility
{
    /// <summary>The visibility rule of <see cref="Application.Items.ItemAccess"/>, as SQL.</summary>
    /// <remarks>
    /// The DFIDs shared with the viewer are read first and passed as an array, so every branch of the condition is
    /// an index condition: PostgreSQL can then OR three index scans for a user with few items among millions,
    /// and still walk the creation-time index for one who owns most of them. An EXISTS on shares in the
    /// condition would rule the first plan out and scan the whole table for such a user.
    /// </remarks>
    public static async Task<IQueryable<Item>> VisibleToAsync(
        DeFarmDbContext db, ItemViewer viewer, CancellationToken cancellationToken)
    {
        var items = db.Items.AsNoTracking();
        if (viewer.IsAdmin)
        {
            return items;
        }

        var shared = await db.ItemShares
            .Where(s => s.RecipientUserId == viewer.UserId)
            .Select(s => s.Dfid)
            .ToListAsync(cancellationToken);
        return items.Where(i => i.CreatedBy == viewer.UserId
            || (i.Dfid.StartsWith(Item.LocalPrefix) && i.WorkspaceId != null && i.WorkspaceId == viewer.WorkspaceId)
            || shared.Contains(i.Dfid));
    }
}
