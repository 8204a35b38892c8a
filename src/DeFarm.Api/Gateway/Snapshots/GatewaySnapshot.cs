using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Snapshots;

namespace DeFarm.Api.Gateway.Snapshots;

/// <summary>A snapshot as the snapshots page reads it (spa-contract §2.5 S1); the tree is read through merkle-trees.</summary>
public sealed record GatewaySnapshot(
    Guid Id,
    string SnapshotName,
    string SnapshotType,
    string ResourceType,
    string ResourceId,
    string? Description,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string Checksum,
    bool IsArchived,
    Guid MerkleTreeId)
{
    public static GatewaySnapshot From(SnapshotSummary snapshot) => new(
        snapshot.Id, snapshot.SnapshotName, snapshot.SnapshotType, SnapshotText.ResourceType(snapshot.ResourceType),
        snapshot.ResourceId, snapshot.Description, snapshot.CreatedBy, snapshot.CreatedAt, snapshot.Checksum,
        snapshot.IsArchived, snapshot.Tree.Id);
}
