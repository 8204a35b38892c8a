using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Storage.Queries.GetStorageHistory;

/// <summary><c>GET /api/storage-history/:dfid</c>: the item's storage history, for callers who may see the item.</summary>
public sealed record GetStorageHistoryQuery(string Dfid) : IQuery<StorageHistoryResponse>;

internal sealed class GetStorageHistoryQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IItemRepository items,
    IItemShareRepository shares,
    ICircuitMembership circuits,
    IStorageHistoryRepository histories) : IQueryHandler<GetStorageHistoryQuery, StorageHistoryResponse>
{
    public async ValueTask<StorageHistoryResponse> Handle(GetStorageHistoryQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var history = await StorageHistoryLoader.LoadVisibleAsync(
            items, shares, circuits, histories, query.Dfid, caller, cancellationToken);
        return StorageHistoryResponse.From(history);
    }
}
