using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>
/// The two indexes tokenization resolves through: the canonical index (decision 6, one DFID per registry
/// identifier) and the per-circuit fingerprints of contextual identifiers (decision 7). Both are unique in the
/// store.
/// </summary>
public interface ITokenIndexRepository
{
    /// <summary>The index entries of those <paramref name="identifiers"/> that are indexed (canonical ones only).</summary>
    Task<IReadOnlyList<CanonicalIndexEntry>> FindCanonicalAsync(
        IReadOnlyList<Identifier> identifiers, CancellationToken cancellationToken);

    /// <summary>The DFID pushed to <paramref name="circuitId"/> with this fingerprint, or <c>null</c>.</summary>
    Task<string?> FindFingerprintAsync(Guid circuitId, string fingerprint, CancellationToken cancellationToken);

    void Add(CanonicalIndexEntry entry);

    void Add(ItemFingerprint fingerprint);
}
