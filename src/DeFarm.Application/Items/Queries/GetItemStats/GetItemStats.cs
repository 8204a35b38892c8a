using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Items.Queries.GetItemStats;

/// <summary>Counts of the caller's visible items by status; deprecated items are reported as archived.</summary>
public sealed record GetItemStatsQuery : IQuery<ItemStatsResponse>;

public sealed record ItemStatsResponse(
    int TotalItems, int ActiveItems, int MergedItems, int SplitItems, int ArchivedItems, double AverageConfidence);

internal sealed class GetItemStatsQueryHandler(ICurrentUser currentUser, IUserRepository users, IItemQueries queries)
    : IQueryHandler<GetItemStatsQuery, ItemStatsResponse>
{
    public async ValueTask<ItemStatsResponse> Handle(GetItemStatsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var stats = await queries.GetStatisticsAsync(ItemAccess.ViewerOf(caller), cancellationToken);
        return new ItemStatsResponse(
            stats.Total, stats.Active, stats.Merged, stats.Split, stats.Deprecated, stats.AverageConfidence);
    }
}
