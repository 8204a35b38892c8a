using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Admin.Queries.GetAdapterStats;

/// <summary>
/// The admin metrics page (spa-contract §2.8 AD6), from what DeFarm records (ADR-019): every storage upload is a
/// job, stored as a storage record; an upload that fails fails its whole request and leaves no record, so no
/// failed job is ever kept. The queue is the pushes waiting for approval, whose uploads run when approved; uploads
/// run inside requests, so no worker is ever busy between them. Stellar is not connected (no cost), and only the
/// bytes in DeFarm's own content store are measured.
/// </summary>
public sealed record GetAdapterStatsQuery : IQuery<AdapterStatsResponse>;

public sealed record AdapterStatsResponse(
    JobStats Jobs,
    QueueStats Queue,
    IReadOnlyDictionary<string, AdapterJobStats> Adapters,
    CostStats Costs,
    RateLimitStats RateLimits);

public sealed record JobStats(long Total, long Completed, long Failed, double SuccessRate);

public sealed record QueueStats(long Depth, long ActiveWorkers);

public sealed record AdapterJobStats(long Success, long Failed, double SuccessRate);

public sealed record CostStats(double StellarXlm, double StellarUsd, double IpfsStorageGb);

public sealed record RateLimitStats(long Rejections);

internal sealed class GetAdapterStatsQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IStorageHistoryQueries storage,
    IAdminStatisticsQueries statistics,
    IApiKeyUsage apiKeyUsage) : IQueryHandler<GetAdapterStatsQuery, AdapterStatsResponse>
{
    private const double BytesPerGigabyte = 1_000_000_000d;

    public async ValueTask<AdapterStatsResponse> Handle(GetAdapterStatsQuery query, CancellationToken cancellationToken)
    {
        var admin = await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var stored = await storage.GetStatisticsAsync(ItemAccess.ViewerOf(admin), cancellationToken);
        var pendingPushes = await statistics.CountPendingPushesAsync(cancellationToken);
        var storedBytes = await statistics.CountStoredContentBytesAsync(cancellationToken);
        var rejections = await apiKeyUsage.CountRateLimitedAsync(cancellationToken);

        return new AdapterStatsResponse(
            Jobs(stored.StorageLocations, failed: 0),
            new QueueStats(pendingPushes, ActiveWorkers: 0),
            stored.AdapterDistribution.ToDictionary(
                a => a.Key, a => new AdapterJobStats(a.Value, Failed: 0, SuccessRate(a.Value, 0))),
            new CostStats(StellarXlm: 0, StellarUsd: 0, storedBytes / BytesPerGigabyte),
            new RateLimitStats(rejections));
    }

    private static JobStats Jobs(long completed, long failed) =>
        new(completed + failed, completed, failed, SuccessRate(completed, failed));

    /// <summary>Completed over all; 0 when there was no job (nothing to rate).</summary>
    private static double SuccessRate(long completed, long failed) =>
        completed + failed == 0 ? 0 : (double)completed / (completed + failed);
}
