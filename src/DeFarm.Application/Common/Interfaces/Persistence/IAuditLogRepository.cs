using DeFarm.Domain.Audit;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>The audit chains: append-only, at most one entry per (chain, sequence), enforced by the store.</summary>
public interface IAuditLogRepository
{
    /// <summary>The newest committed entry of <paramref name="chain"/>, or <c>null</c> when it has none.</summary>
    Task<AuditEntry?> GetHeadAsync(string chain, CancellationToken cancellationToken);

    /// <summary>
    /// At most <paramref name="limit"/> entries, newest first: of one chain, or of every chain when
    /// <paramref name="chain"/> is <c>null</c>. Either way each chain's entries are its newest ones.
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> ListNewestAsync(string? chain, int limit, CancellationToken cancellationToken);

    /// <summary>Stages an entry; a second entry at the same place of a chain fails the commit as a concurrent update.</summary>
    void Add(AuditEntry entry);
}
