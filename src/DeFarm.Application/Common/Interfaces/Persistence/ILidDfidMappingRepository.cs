using DeFarm.Domain.Items;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>LID → DFID mappings written when a local item is tokenized (engines-api.md §1.3, decision 3).</summary>
public interface ILidDfidMappingRepository
{
    /// <summary>The DFID the local item became, or <c>null</c> while it is still local only.</summary>
    Task<string?> GetDfidAsync(Guid localId, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="localIds"/> were tokenized, in one lookup.</summary>
    Task<IReadOnlySet<Guid>> FindMappedAsync(IReadOnlyCollection<Guid> localIds, CancellationToken cancellationToken);

    /// <summary>Stages a mapping; a second mapping for the same LID is a conflict at commit.</summary>
    void Add(LidDfidMapping mapping);
}
