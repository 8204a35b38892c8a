using DeFarm.Domain.Snapshots;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>Snapshots with their Merkle trees, leaves and verifications, as one aggregate each.</summary>
public interface ISnapshotRepository
{
    /// <summary>The snapshot, tracked, with its whole tree; <c>null</c> when there is none.</summary>
    Task<Snapshot?> GetByIdAsync(Guid snapshotId, CancellationToken cancellationToken);

    /// <summary>The snapshot whose tree has this id, tracked, with its whole tree.</summary>
    Task<Snapshot?> GetByTreeIdAsync(Guid treeId, CancellationToken cancellationToken);

    void Add(Snapshot snapshot);

    /// <summary>Stages the removal of a snapshot this request loaded, with its tree and verifications.</summary>
    void Remove(Snapshot snapshot);
}
