using DeFarm.Application.Auth;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Gateway.Events;
using DeFarm.Application.Items;
using Mediator;

namespace DeFarm.Application.Gateway.Items.Queries.GetGatewayItem;

/// <summary>
/// <c>GET /api/items/{id}</c> of the front end: the item with its identifiers and the newest events the caller
/// may see (as many as one page of the event list). Someone else's item is the same 404 as a missing one.
/// </summary>
public sealed record GetGatewayItemQuery(string Id) : IQuery<GatewayItemDetails>;

internal sealed class GetGatewayItemQueryHandler(ICurrentUser currentUser, IItemQueries items, GatewayEventFeed events)
    : IQueryHandler<GetGatewayItemQuery, GatewayItemDetails>
{
    public async ValueTask<GatewayItemDetails> Handle(GetGatewayItemQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw AuthErrors.NotAuthenticated();
        var item = await items.GetVisibleAsync(userId, query.Id, cancellationToken) ?? throw ItemErrors.NotFound();
        var history = await events.ListAsync(userId, item.Dfid, IGatewayPage.DefaultLimit, 0, cancellationToken);
        return GatewayItemDetails.From(item, history);
    }
}
