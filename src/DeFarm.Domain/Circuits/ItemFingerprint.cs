using DeFarm.Domain.Common;
using DeFarm.Domain.Items;

namespace DeFarm.Domain.Circuits;

/// <summary>
/// Contextual deduplication inside one circuit (decision 7): the item pushed with a given set of contextual
/// identifiers, found again when the same set is pushed to the same circuit.
/// </summary>
public sealed class ItemFingerprint
{
    private ItemFingerprint()
    {
    }

    private ItemFingerprint(Guid circuitId, string fingerprint, string dfid, DateTimeOffset now)
    {
        CircuitId = circuitId;
        Fingerprint = fingerprint;
        Dfid = dfid;
        CreatedAt = now;
    }

    public Guid CircuitId { get; private set; }

    /// <summary>64 hex characters (BLAKE3).</summary>
    public string Fingerprint { get; private set; } = string.Empty;

    public string Dfid { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }

    public static ItemFingerprint Record(Guid circuitId, string fingerprint, string dfid, DateTimeOffset now) =>
        new(circuitId, fingerprint, dfid, now);

    /// <summary>
    /// BLAKE3 hex of <c>circuit:&lt;id&gt;|ids:&lt;sorted unique keys of the contextual identifiers joined by "|"&gt;</c>
    /// (no time, no user). <c>null</c> when there is no contextual identifier: an empty set would make every such
    /// item of the circuit one and the same.
    /// </summary>
    public static string? Compute(Guid circuitId, IEnumerable<Identifier> identifiers)
    {
        var keys = identifiers.Where(i => i.Kind == IdentifierKind.Contextual).Select(i => i.UniqueKey)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return keys.Count == 0 ? null : Blake3Hash.Hex($"circuit:{circuitId}|ids:{string.Join('|', keys)}");
    }
}
