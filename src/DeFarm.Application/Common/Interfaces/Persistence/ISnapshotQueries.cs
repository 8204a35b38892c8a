using DeFarm.Domain.Items;
using DeFarm.Domain.Snapshots;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>A snapshot and the shape of its tree, without the leaves.</summary>
public sealed record SnapshotSummary(
    Guid Id,
    string SnapshotName,
    string SnapshotType,
    SnapshotResourceType ResourceType,
    string ResourceId,
    string? Description,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string Checksum,
    bool IsArchived,
    MerkleTreeSummary Tree)
{
    public static SnapshotSummary From(Snapshot snapshot) => new(
        snapshot.Id, snapshot.Name, snapshot.SnapshotType, snapshot.ResourceType, snapshot.ResourceId,
        snapshot.Description, snapshot.CreatedBy, snapshot.CreatedAt, snapshot.Checksum, snapshot.IsArchived,
        new MerkleTreeSummary(
            snapshot.Tree.Id, snapshot.Tree.RootHash, snapshot.Tree.Height, snapshot.Tree.LeafCount,
            snapshot.Tree.HashAlgorithm, snapshot.Tree.TreeType, snapshot.Tree.CreatedAt));
}

public sealed record MerkleTreeSummary(
    Guid Id, string RootHash, int Height, int LeafCount, string HashAlgorithm, string TreeType, DateTimeOffset CreatedAt);

/// <summary>Read side of snapshots: lists and single reads without loading leaves, and what a circuit snapshot captures.</summary>
public interface ISnapshotQueries
{
    /// <summary>
    /// Newest first, at most <paramref name="limit"/>: snapshots of the circuits in
    /// <paramref name="memberCircuitIds"/> and of the items <paramref name="viewer"/> may see.
    /// </summary>
    Task<IReadOnlyList<SnapshotSummary>> ListVisibleAsync(
        ItemViewer viewer, IReadOnlyCollection<string> memberCircuitIds, int limit, CancellationToken cancellationToken);

    Task<SnapshotSummary?> FindAsync(Guid snapshotId, CancellationToken cancellationToken);

    Task<SnapshotSummary?> FindByTreeIdAsync(Guid treeId, CancellationToken cancellationToken);

    /// <summary>The tree's verifications, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<MerkleVerification>> ListVerificationsAsync(
        Guid treeId, int limit, CancellationToken cancellationToken);

    /// <summary>The items the circuit holds, by DFID (ordinal), untracked, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<Item>> ListCircuitItemsAsync(Guid circuitId, int limit, CancellationToken cancellationToken);
}
