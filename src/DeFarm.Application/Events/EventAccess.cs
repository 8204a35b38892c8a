using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Events;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Events;

/// <summary>
/// Who may read an event (decision 20): the source always; otherwise Public → every signed-in user,
/// Private → nobody else, Direct → <c>metadata.recipient_id</c>, CircuitOnly → members of
/// <c>metadata.circuit_id</c>. A local event is its author's draft and is seen by the source only.
/// The source, or an admin who sees it, changes an event's metadata. An event the caller may not see (or not
/// change) is reported as not found.
/// </summary>
public static class EventAccess
{
    /// <remarks>The PostgreSQL read side applies the same rule in SQL (EfEventQueries).</remarks>
    public static bool CanSee(Event @event, EventViewer viewer) =>
        @event.Source == viewer.UserId
        || (!@event.IsLocal && @event.Visibility switch
        {
            EventVisibility.Public => true,
            EventVisibility.Direct => @event.RecipientId == viewer.UserId,
            EventVisibility.CircuitOnly => @event.CircuitId is { } circuit && viewer.CircuitIds.Contains(circuit),
            _ => false,
        });

    /// <summary>Whether the caller authored the event: only the source pushes a local event.</summary>
    public static bool CanChange(Event @event, UserAccount caller) => @event.Source == caller.Id;

    /// <summary>
    /// Who may merge metadata into an event: its source, or an admin who may see it (an admin reads events under
    /// the same rule as anyone, so another user's private event stays hidden from them).
    /// </summary>
    public static bool CanChangeMetadata(Event @event, UserAccount caller, EventViewer viewer) =>
        CanChange(@event, caller) || (caller.IsAdmin && CanSee(@event, viewer));

    public static Task<EventViewer> ViewerOfAsync(
        UserAccount caller, ICircuitMembership circuits, CancellationToken cancellationToken) =>
        ViewerOfAsync(caller.Id, circuits, cancellationToken);

    public static async Task<EventViewer> ViewerOfAsync(
        string userId, ICircuitMembership circuits, CancellationToken cancellationToken) =>
        new(userId, await circuits.CircuitIdsOfAsync(userId, cancellationToken));
}
