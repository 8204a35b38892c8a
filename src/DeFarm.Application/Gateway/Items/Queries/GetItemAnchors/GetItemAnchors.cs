using DeFarm.Application.Auth;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using Mediator;

namespace DeFarm.Application.Gateway.Items.Queries.GetItemAnchors;

/// <summary>
/// <c>GET /api/adapter/items/{id}/anchors</c> of the front end: the item's stored copies and blockchain anchors
/// from its storage history (empty lists when nothing was stored yet), for an item the caller may see (404
/// otherwise: where an item is stored is as private as the item).
/// </summary>
public sealed record GetItemAnchorsQuery(string Id) : IQuery<GatewayItemAnchors>;

internal sealed class GetItemAnchorsQueryHandler(
    ICurrentUser currentUser, IItemQueries items, IStorageHistoryRepository histories)
    : IQueryHandler<GetItemAnchorsQuery, GatewayItemAnchors>
{
    public async ValueTask<GatewayItemAnchors> Handle(GetItemAnchorsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw AuthErrors.NotAuthenticated();
        var item = await items.GetVisibleAsync(userId, query.Id, cancellationToken) ?? throw ItemErrors.NotFound();
        return GatewayItemAnchors.From(item.Dfid, await histories.GetByDfidAsync(item.Dfid, cancellationToken));
    }
}
