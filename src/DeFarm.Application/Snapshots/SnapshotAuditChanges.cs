using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces.Persistence;

namespace DeFarm.Application.Snapshots;

/// <summary>What the audit log keeps of a snapshot: what it captured and the root that seals it.</summary>
internal static class SnapshotAuditChanges
{
    public static JsonObject Of(SnapshotSummary snapshot) => new()
    {
        ["snapshot_name"] = snapshot.SnapshotName,
        ["resource_type"] = SnapshotText.ResourceType(snapshot.ResourceType),
        ["resource_id"] = snapshot.ResourceId,
        ["root_hash"] = snapshot.Tree.RootHash,
        ["leaf_count"] = snapshot.Tree.LeafCount,
    };
}
