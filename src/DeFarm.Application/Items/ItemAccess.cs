using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Items;

/// <summary>
/// Who may see and change an item. Local items stay inside their workspace: their creator and the users of that
/// workspace see them, nobody else (admins of other workspaces included, and nothing grants them further). DFID
/// items are visible to their creator, to admins, to the users it was shared with, to the members of a circuit
/// holding it and to everyone when a publicly accessible circuit publishes it (both "granted"); only the creator
/// or an admin changes them, a share or a circuit never grants that. Someone else's item is reported as not
/// found, never as forbidden.
/// </summary>
public static class ItemAccess
{
    public static bool CanSee(Item item, UserAccount caller, bool isGrantedToCaller) =>
        CanSee(item, ViewerOf(caller), isGrantedToCaller);

    /// <remarks>
    /// PostgreSQL lists apply the same rule in SQL (EfItemVisibility), the bench twin in its own SQL
    /// (RawItemTwin); the item read calls this.
    /// </remarks>
    public static bool CanSee(Item item, ItemViewer viewer, bool isGrantedToViewer) =>
        item.CreatedBy == viewer.UserId
        || (item.IsLocal
            ? item.WorkspaceId is not null && item.WorkspaceId == viewer.WorkspaceId
            : viewer.IsAdmin || isGrantedToViewer);

    /// <summary>
    /// Who may add to an item's history (<c>POST /api/events</c>): whoever sees it other than through a public
    /// circuit's publication or a circuit role without Push, which give read access only.
    /// <paramref name="isSharedOrHeldForCaller"/>: the item was shared with the caller, or a circuit holding it gives
    /// them Push.
    /// </summary>
    public static bool CanRecordEvents(Item item, UserAccount caller, bool isSharedOrHeldForCaller) =>
        CanSee(item, caller, isSharedOrHeldForCaller);

    public static bool CanChange(Item item, UserAccount caller) => caller.IsAdmin || item.CreatedBy == caller.Id;

    public static ItemViewer ViewerOf(UserAccount caller) => new(caller.Id, caller.WorkspaceId, caller.IsAdmin);
}
