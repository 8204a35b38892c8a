using DeFarm.Application.Auth;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Items.Queries.GetItem;

public sealed record GetItemQuery(string Dfid) : IQuery<ItemResponse>;

/// <summary>
/// <c>GET /api/items/:dfid</c>: one round trip, visibility applied in the store (the rule of <see cref="ItemAccess"/>);
/// someone else's item is the same 404 as a missing one.
/// </summary>
internal sealed class GetItemQueryHandler(ICurrentUser currentUser, IItemQueries items)
    : IQueryHandler<GetItemQuery, ItemResponse>
{
    public async ValueTask<ItemResponse> Handle(GetItemQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw AuthErrors.NotAuthenticated();
        return await items.ReadVisibleAsync(userId, query.Dfid, cancellationToken) ?? throw ItemErrors.NotFound();
    }
}
