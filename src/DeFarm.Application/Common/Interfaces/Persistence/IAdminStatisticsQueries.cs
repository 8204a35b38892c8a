namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>Whole-system counts for the admin dashboard; admin-only, so they may read every row.</summary>
public interface IAdminStatisticsQueries
{
    /// <summary>Pushes waiting for a circuit's approval: their storage upload happens when approved (decision 9).</summary>
    Task<int> CountPendingPushesAsync(CancellationToken cancellationToken);

    /// <summary>Bytes held by DeFarm's own content-addressed store.</summary>
    Task<long> CountStoredContentBytesAsync(CancellationToken cancellationToken);
}
