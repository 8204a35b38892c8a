using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Items.Queries.GetItem;

public sealed record GetItemQuery(string Dfid) : IQuery<ItemResponse>;

internal sealed class GetItemQueryHandler(
    ICurrentUser currentUser, IUserRepository users, IItemRepository items, IItemShareRepository shares,
    ICircuitMembership circuits)
    : IQueryHandler<GetItemQuery, ItemResponse>
{
    public async ValueTask<ItemResponse> Handle(GetItemQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        return ItemResponse.From(
            await ItemLoader.LoadVisibleAsync(items, shares, circuits, query.Dfid, caller, cancellationToken));
    }
}
