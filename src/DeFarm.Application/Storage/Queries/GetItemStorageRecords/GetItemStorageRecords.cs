using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Storage.Queries.GetItemStorageRecords;

/// <summary>
/// <c>GET /api/items/:dfid/storage-history</c>: the item's storage records in the items-route shape
/// (engines-api.md §4.4), newest first.
/// </summary>
public sealed record GetItemStorageRecordsQuery(string Dfid) : IQuery<ItemStorageRecordsResponse>;

internal sealed class GetItemStorageRecordsQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    IStorageHistoryRepository histories) : IQueryHandler<GetItemStorageRecordsQuery, ItemStorageRecordsResponse>
{
    public async ValueTask<ItemStorageRecordsResponse> Handle(
        GetItemStorageRecordsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var history = await StorageHistoryLoader.LoadVisibleAsync(
            itemLoader, histories, query.Dfid, caller, cancellationToken);
        return new ItemStorageRecordsResponse(
            true, history.Dfid, history.Records.Reverse().Select(ItemStorageRecordDto.From).ToList());
    }
}
