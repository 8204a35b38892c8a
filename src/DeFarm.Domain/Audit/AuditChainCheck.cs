namespace DeFarm.Domain.Audit;

/// <summary>What recomputing a stretch of audit chains found: valid, or the first broken entry and why.</summary>
public sealed record AuditChainCheck(bool IsValid, int EntriesChecked, string Message)
{
    /// <summary>
    /// Recomputes every entry's hash and checks that each links to the entry before it in its chain. The
    /// entries may come from several chains; each chain's entries must be its newest ones (a suffix of it), so a
    /// missing sequence number means a removed entry. The oldest entry checked of a chain is trusted to link to
    /// what came before it, unless it claims to be the first.
    /// </summary>
    public static AuditChainCheck Of(IEnumerable<AuditEntry> entries)
    {
        var checkedCount = 0;
        foreach (var chain in entries.GroupBy(e => e.Chain, StringComparer.Ordinal))
        {
            AuditEntry? previous = null;
            foreach (var entry in chain.OrderBy(e => e.Sequence))
            {
                checkedCount++;
                if (FindBreak(entry, previous) is { } problem)
                {
                    return new AuditChainCheck(
                        false, checkedCount, $"Audit entry {entry.Id} (#{entry.Sequence} of {entry.Chain}) {problem}");
                }

                previous = entry;
            }
        }

        return new AuditChainCheck(true, checkedCount, $"The audit chain is intact: {checkedCount} entries verified");
    }

    private static string? FindBreak(AuditEntry entry, AuditEntry? previous)
    {
        if (entry.ComputeHash() != entry.Hash)
        {
            return "does not match its hash: its content was changed";
        }

        if (previous is null)
        {
            return entry.Sequence == 1 && entry.PreviousHash is not null
                ? "is the first of its chain but links to a previous entry"
                : null;
        }

        if (entry.Sequence != previous.Sequence + 1)
        {
            return $"follows #{previous.Sequence}: the entries between them are missing";
        }

        return entry.PreviousHash == previous.Hash ? null : "does not link to the entry before it";
    }
}
