using DeFarm.Domain.Items;

namespace DeFarm.Application.Common.Interfaces;

/// <summary>
/// Mints DFIDs from one system-wide counter (a PostgreSQL sequence, or an in-memory counter), so no DFID repeats
/// across restarts or API instances (decision 1). A minted number is never reused, even if its command fails.
/// </summary>
public interface IDfidGenerator
{
    Task<Dfid> NextAsync(CancellationToken cancellationToken);

    /// <summary><paramref name="count"/> new DFIDs from one round trip, for imports.</summary>
    Task<IReadOnlyList<Dfid>> NextAsync(int count, CancellationToken cancellationToken);
}
