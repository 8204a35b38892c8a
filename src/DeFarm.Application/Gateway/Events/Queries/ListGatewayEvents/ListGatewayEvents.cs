using DeFarm.Application.Auth;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using Mediator;

namespace DeFarm.Application.Gateway.Events.Queries.ListGatewayEvents;

/// <summary>
/// <c>GET /api/events</c> of the front end: the events the caller may see (decision 20), newest first (its
/// dashboard shows the first five as "recent"); with <see cref="ItemId"/>, those of an item the caller may see
/// (404 otherwise).
/// </summary>
public sealed record ListGatewayEventsQuery : IQuery<GatewayEventList>, IGatewayPage
{
    /// <summary>The item's gateway id, its DFID.</summary>
    public string? ItemId { get; init; }

    public int Limit { get; init; } = IGatewayPage.DefaultLimit;
    public int Offset { get; init; }
}

internal sealed class ListGatewayEventsQueryHandler(ICurrentUser currentUser, IItemQueries items, GatewayEventFeed feed)
    : IQueryHandler<ListGatewayEventsQuery, GatewayEventList>
{
    public async ValueTask<GatewayEventList> Handle(ListGatewayEventsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw AuthErrors.NotAuthenticated();
        if (query.ItemId is not null && await items.GetVisibleAsync(userId, query.ItemId, cancellationToken) is null)
        {
            throw ItemErrors.NotFound();
        }

        var events = await feed.ListAsync(userId, query.ItemId, query.Limit, query.Offset, cancellationToken);
        return new GatewayEventList(events, events.Count);
    }
}
