using DeFarm.Domain.Items;

namespace DeFarm.Application.Common;

/// <summary>The names of what commands lock with <c>IUnitOfWork.LockAsync</c>, one place so they cannot drift.</summary>
internal static class LockKeys
{
    /// <summary>Registering or attaching an identifier: at most one request decides who holds it at a time.</summary>
    public static IEnumerable<string> ForIdentifiers(IEnumerable<Identifier> identifiers) =>
        identifiers.Select(i => $"identifier:{i.UniqueKey}");

    /// <summary>Tokenizing a local item: two pushes of one LID decide its DFID one after the other.</summary>
    public static string ForLocalItem(Guid localId) => $"lid:{localId}";

    /// <summary>Deduplicating by fingerprint in a circuit (decision 7): one push at a time decides who holds it.</summary>
    public static string ForFingerprint(Guid circuitId, string fingerprint) => $"fingerprint:{circuitId}:{fingerprint}";

    /// <summary>Recording an event: twins racing to one content hash are answered as duplicates, not as a 409.</summary>
    public static string ForEventContent(string contentHash) => $"event:{contentHash}";

    /// <summary>Appending to an audit chain: one command at a time extends it, so every entry links to the last.</summary>
    public static string ForAuditChain(string chain) => $"audit:{chain}";
}
