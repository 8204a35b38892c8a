using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Events.Queries.GetLocalEvent;

/// <summary><c>GET /api/events/local/:local_event_id</c>: the caller's own local event, else 404.</summary>
public sealed record GetLocalEventQuery(string LocalEventId) : IQuery<LocalEventResponse>;

internal sealed class GetLocalEventQueryHandler(ICurrentUser currentUser, IUserRepository users, IEventRepository events)
    : IQueryHandler<GetLocalEventQuery, LocalEventResponse>
{
    public async ValueTask<LocalEventResponse> Handle(GetLocalEventQuery query, CancellationToken cancellationToken)
    {
        var localEventId = EventText.ParseId(query.LocalEventId, "local_event_id");
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var @event = await events.GetByLocalIdAsync(localEventId, cancellationToken);
        return @event is { IsLocal: true } && @event.Source == caller.Id
            ? LocalEventResponse.From(@event)
            : throw EventErrors.LocalNotFound();
    }
}
