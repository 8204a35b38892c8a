using DeFarm.Domain.Storage;

namespace DeFarm.Application.Common.Interfaces.Persistence;

public interface ICidTimelineRepository
{
    /// <summary>
    /// Stages an entry; the store numbers it at commit, next in its DFID's timeline, without gaps or duplicates
    /// even when several requests append to one DFID at once.
    /// </summary>
    void Add(CidTimelineEntry entry);

    /// <summary>The DFID's timeline, by sequence ascending (read-only copies).</summary>
    Task<IReadOnlyList<CidTimelineEntry>> ListAsync(string dfid, CancellationToken cancellationToken);

    Task<CidTimelineEntry?> GetAsync(string dfid, int sequence, CancellationToken cancellationToken);

    /// <summary>The DFIDs whose timelines hold <paramref name="cid"/> (by the CID index), oldest entry first.</summary>
    Task<IReadOnlyList<string>> ListDfidsWithCidAsync(string cid, CancellationToken cancellationToken);
}
