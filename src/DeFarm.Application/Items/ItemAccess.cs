using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Items;

/// <summary>
/// Who may see and change an item. Local items stay inside their workspace; DFID items are visible to their
/// creator, to admins and to the users it was shared with (circuits widen this as that feature lands); only the
/// creator or an admin changes them, a share never grants that. Someone else's item is reported as not found,
/// never as forbidden.
/// </summary>
public static class ItemAccess
{
    public static bool CanSee(Item item, UserAccount caller, bool isSharedWithCaller) =>
        CanSee(item, new ItemViewer(caller.Id, caller.WorkspaceId, caller.IsAdmin), isSharedWithCaller);

    /// <remarks>The PostgreSQL read side applies the same rule in SQL (EfItemQueries).</remarks>
    public static bool CanSee(Item item, ItemViewer viewer, bool isSharedWithViewer) =>
        viewer.IsAdmin || item.CreatedBy == viewer.UserId || isSharedWithViewer
        || (item.IsLocal && item.WorkspaceId is not null && item.WorkspaceId == viewer.WorkspaceId);

    public static bool CanChange(Item item, UserAccount caller) => caller.IsAdmin || item.CreatedBy == caller.Id;
}
