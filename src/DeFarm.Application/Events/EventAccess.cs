using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Events;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Events;

/// <summary>
/// Who may read an event (decision 20): the source always; otherwise Public → every signed-in user,
/// Private → nobody else, Direct → <c>metadata.recipient_id</c>, CircuitOnly → members of
/// <c>metadata.circuit_id</c>. A local event is its author's draft and is seen by the source only.
/// Only the source changes an event. An event the caller may not see is reported as not found.
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

    public static bool CanChange(Event @event, UserAccount caller) => @event.Source == caller.Id;

    public static Task<EventViewer> ViewerOfAsync(
        UserAccount caller, ICircuitMembership circuits, CancellationToken cancellationToken) =>
        ViewerOfAsync(caller.Id, circuits, cancellationToken);

    public static async Task<EventViewer> ViewerOfAsync(
        string userId, ICircuitMembership circuits, CancellationToken cancellationToken) =>
        new(userId, await circuits.CircuitIdsOfAsync(userId, cancellationToken));
}
