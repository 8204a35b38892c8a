using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Storage.Queries.GetStorageStatistics;

/// <summary>
/// <c>GET /api/storage-history/statistics</c>: counts over the storage histories of the items the caller may
/// see (everyone's for admins).
/// </summary>
public sealed record GetStorageStatisticsQuery : IQuery<StorageStatisticsResponse>;

public sealed record StorageStatisticsResponse(bool Success, StorageStatisticsDto Statistics);

public sealed record StorageStatisticsDto(
    int TotalItemsTracked,
    int TotalStorageLocations,
    IReadOnlyDictionary<string, int> AdapterDistribution,
    int MigrationCount,
    DateTimeOffset GeneratedAt);

internal sealed class GetStorageStatisticsQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IStorageHistoryQueries queries,
    TimeProvider clock) : IQueryHandler<GetStorageStatisticsQuery, StorageStatisticsResponse>
{
    public async ValueTask<StorageStatisticsResponse> Handle(
        GetStorageStatisticsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var statistics = await queries.GetStatisticsAsync(ItemAccess.ViewerOf(caller), cancellationToken);
        return new StorageStatisticsResponse(true, new StorageStatisticsDto(
            statistics.ItemsTracked, statistics.StorageLocations, statistics.AdapterDistribution,
            statistics.MigrationCount, clock.GetUtcNow()));
    }
}
