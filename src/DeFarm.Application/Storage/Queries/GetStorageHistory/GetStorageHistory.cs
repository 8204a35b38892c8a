using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Storage.Queries.GetStorageHistory;

/// <summary><c>GET /api/storage-history/:dfid</c>: the item's storage history, for callers who may see the item.</summary>
public sealed record GetStorageHistoryQuery(string Dfid) : IQuery<StorageHistoryResponse>;

internal sealed class GetStorageHistoryQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    IStorageHistoryRepository histories) : IQueryHandler<GetStorageHistoryQuery, StorageHistoryResponse>
{
    public async ValueTask<StorageHistoryResponse> Handle(GetStorageHistoryQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var history = await StorageHistoryLoader.LoadVisibleAsync(
            itemLoader, histories, query.Dfid, caller, cancellationToken);
        return StorageHistoryResponse.From(history);
    }
}
