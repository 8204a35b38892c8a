using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Items.Queries.GetPendingItem;

/// <summary>One of the caller's pending items (any pending item for admins), resolved or not.</summary>
public sealed record GetPendingItemQuery(string Id) : IQuery<PendingItemResponse>;

internal sealed class GetPendingItemQueryHandler(
    ICurrentUser currentUser, IUserRepository users, IPendingItemRepository pendingItems)
    : IQueryHandler<GetPendingItemQuery, PendingItemResponse>
{
    public async ValueTask<PendingItemResponse> Handle(GetPendingItemQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        return PendingItemResponse.From(
            await PendingItemLoader.LoadOwnAsync(pendingItems, query.Id, caller, cancellationToken));
    }
}
