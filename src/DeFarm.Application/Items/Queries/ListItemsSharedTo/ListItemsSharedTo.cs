using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Items.Queries.ListItemsSharedTo;

/// <summary>The items shared with a user, newest share first. Only that user or an admin may ask.</summary>
public sealed record ListItemsSharedToQuery : IQuery<IReadOnlyList<SharedItemResponse>>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public string UserId { get; init; } = string.Empty;
    public int Limit { get; init; } = DefaultLimit;
    public int Offset { get; init; }
}

public sealed record SharedItemResponse(
    string ShareId, ItemResponse Item, string SharedBy, long SharedAt, IReadOnlyList<string> Permissions);

internal sealed class ListItemsSharedToQueryHandler(
    ICurrentUser currentUser, IUserRepository users, IItemShareRepository shares)
    : IQueryHandler<ListItemsSharedToQuery, IReadOnlyList<SharedItemResponse>>
{
    public async ValueTask<IReadOnlyList<SharedItemResponse>> Handle(
        ListItemsSharedToQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        if (!caller.IsAdmin && caller.Id != query.UserId)
        {
            throw ItemErrors.NotAllowedToListShares();
        }

        var page = await shares.ListSharedToAsync(query.UserId, query.Limit, query.Offset, cancellationToken);
        return page
            .Select(s => new SharedItemResponse(
                s.Share.ShareId, ItemResponse.From(s.Item), s.Share.SharedBy, UnixTime.Seconds(s.Share.SharedAt),
                s.Share.Permissions))
            .ToList();
    }
}
