using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Circuits;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

/// <summary>The visibility rule of <see cref="Application.Items.ItemAccess"/>, as SQL, for lists and single reads.</summary>
internal static class EfItemVisibility
{
    /// <summary>The items <paramref name="viewer"/> may see, for lists and statistics.</summary>
    /// <remarks>
    /// The DFIDs granted to the viewer (shared with them, or by circuits) are read first and passed as an array, so
    /// every branch of the condition is an index condition: PostgreSQL can then OR index scans for a user with few
    /// items among millions, and still walk the creation-time index for one who owns most of them. A subquery in
    /// the condition would rule the first plan out and scan the whole table for such a user.
    /// </remarks>
    public static async Task<IQueryable<Item>> VisibleToAsync(
        DeFarmDbContext db, ItemViewer viewer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = db.Items.AsNoTracking();
        if (viewer.IsAdmin)
        {
            // Every DFID item, but local items only of the admin's own workspace, as for anyone else.
            return items.Where(i => !i.Dfid.StartsWith(Item.LocalPrefix)
                || i.CreatedBy == viewer.UserId
                || (i.WorkspaceId != null && i.WorkspaceId == viewer.WorkspaceId));
        }

        var granted = await GrantedDfids(db, viewer.UserId, now).Distinct().ToListAsync(cancellationToken);
        return items.Where(i => i.CreatedBy == viewer.UserId
            || (i.Dfid.StartsWith(Item.LocalPrefix) && i.WorkspaceId != null && i.WorkspaceId == viewer.WorkspaceId)
            || (granted.Contains(i.Dfid) && !i.Dfid.StartsWith(Item.LocalPrefix)));
    }

    /// <summary>DFIDs shared with the user, held by a circuit they belong to, or published by a public circuit.</summary>
    private static IQueryable<string> GrantedDfids(DeFarmDbContext db, string userId, DateTimeOffset now) =>
        db.ItemShares.Where(s => s.RecipientUserId == userId).Select(s => s.Dfid)
            .Concat(CircuitItemVisibility.GrantedDfids(db, userId, now));
}
