using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Storage.Queries.GetPublicStorageHistory;

/// <summary>
/// <c>GET /api/public/storage-history/:dfid</c>, no sign-in: the storage history of an item published in a
/// publicly accessible circuit (<see cref="IItemPublication"/>); any other DFID is 404 <c>item_not_public</c>.
/// </summary>
public sealed record GetPublicStorageHistoryQuery(string Dfid) : IQuery<StorageHistoryResponse>;

internal sealed class GetPublicStorageHistoryQueryHandler(
    IItemPublication publication,
    IStorageHistoryRepository histories) : IQueryHandler<GetPublicStorageHistoryQuery, StorageHistoryResponse>
{
    public async ValueTask<StorageHistoryResponse> Handle(
        GetPublicStorageHistoryQuery query, CancellationToken cancellationToken)
    {
        if (!await publication.IsPublishedAsync(query.Dfid, cancellationToken))
        {
            throw StorageErrors.NotPublic();
        }

        var history = await histories.GetByDfidAsync(query.Dfid, cancellationToken) ?? throw StorageErrors.NoHistory();
        return StorageHistoryResponse.From(history);
    }
}
