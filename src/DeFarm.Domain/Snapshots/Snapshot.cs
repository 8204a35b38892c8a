using DeFarm.Domain.Common;

namespace DeFarm.Domain.Snapshots;

/// <summary>
/// A named, dated capture of a resource's state. What was captured lives in the snapshot's own Merkle tree
/// (<see cref="Tree"/>), and the snapshot's <see cref="Checksum"/> is that tree's root. Archiving keeps the
/// snapshot; deleting removes it with its tree and the tree's verifications.
/// </summary>
public sealed class Snapshot
{
    public const int MaxNameLength = 255;
    public const int MaxDescriptionLength = 2000;

    /// <summary>The kinds of snapshot the front end offers (spa-contract §3.3).</summary>
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "manual", "automatic", "scheduled", "pre_restore",
    };

    private Snapshot()
    {
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string SnapshotType { get; private set; } = string.Empty;
    public SnapshotResourceType ResourceType { get; private set; }

    /// <summary>The circuit id (text) or the item's DFID.</summary>
    public string ResourceId { get; private set; } = string.Empty;

    public string? Description { get; private set; }
    public string CreatedBy { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public string Checksum { get; private set; } = string.Empty;
    public bool IsArchived { get; private set; }
    public DateTimeOffset? ArchivedAt { get; private set; }
    public MerkleTree Tree { get; private set; } = null!;

    /// <summary>A snapshot of a resource, with a Merkle tree over what was captured of it (key and content hash each).</summary>
    public static Snapshot Take(
        string name, string snapshotType, SnapshotResourceType resourceType, string resourceId, string? description,
        string createdBy, IEnumerable<(string Key, string ContentHash)> captured, DateTimeOffset now)
    {
        if (!Types.Contains(snapshotType))
        {
            throw new BusinessRuleException(
                "invalid_snapshot_type", $"snapshot_type must be one of {string.Join(", ", Types.Order())}");
        }

        var tree = MerkleTree.Build(captured, now);
        return new Snapshot
        {
            Id = Guid.NewGuid(),
            Name = name.Trim(),
            SnapshotType = snapshotType,
            ResourceType = resourceType,
            ResourceId = resourceId,
            Description = description,
            CreatedBy = createdBy,
            CreatedAt = now,
            Checksum = tree.RootHash,
            Tree = tree,
        };
    }

    /// <summary>Archives the snapshot; archiving an archived one changes nothing.</summary>
    public void Archive(DateTimeOffset now)
    {
        if (IsArchived)
        {
            return;
        }

        IsArchived = true;
        ArchivedAt = now;
    }
}
