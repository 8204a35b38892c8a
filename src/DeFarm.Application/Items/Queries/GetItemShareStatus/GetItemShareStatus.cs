using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Items.Queries.GetItemShareStatus;

/// <summary>Whether an item the caller can see is shared with a given user.</summary>
public sealed record GetItemShareStatusQuery(string Dfid, string UserId) : IQuery<ItemShareStatusResponse>;

public sealed record ItemShareStatusResponse(bool IsShared, string? ShareId, long? SharedAt);

internal sealed class GetItemShareStatusQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ItemLoader itemLoader, IItemShareRepository shares)
    : IQueryHandler<GetItemShareStatusQuery, ItemShareStatusResponse>
{
    public async ValueTask<ItemShareStatusResponse> Handle(
        GetItemShareStatusQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await itemLoader.LoadVisibleAsync(query.Dfid, caller, cancellationToken);
        return await shares.GetAsync(item.Dfid, query.UserId, cancellationToken) is { } share
            ? new ItemShareStatusResponse(true, share.ShareId, UnixTime.Seconds(share.SharedAt))
            : new ItemShareStatusResponse(false, null, null);
    }
}
