using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Events.Queries.GetEvent;

/// <summary><c>GET /api/events/:event_id</c>: 400 for a malformed id, 404 when missing or not visible.</summary>
public sealed record GetEventQuery(string EventId) : IQuery<EventResponse>;

internal sealed class GetEventQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IEventRepository events,
    ICircuitMembership circuits) : IQueryHandler<GetEventQuery, EventResponse>
{
    public async ValueTask<EventResponse> Handle(GetEventQuery query, CancellationToken cancellationToken)
    {
        var eventId = EventText.ParseId(query.EventId, "event_id");
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var viewer = await EventAccess.ViewerOfAsync(caller, circuits, cancellationToken);
        var @event = await events.GetByIdAsync(eventId, cancellationToken);
        return @event is not null && EventAccess.CanSee(@event, viewer)
            ? EventResponse.From(@event)
            : throw EventErrors.NotFound();
    }
}
