using DeFarm.Application.Common.Exceptions;

namespace DeFarm.Application.Snapshots;

public static class SnapshotErrors
{
    public static NotFoundException NotFound() => new("snapshot_not_found", "Snapshot not found");

    public static NotFoundException TreeNotFound() => new("merkle_tree_not_found", "Merkle tree not found");

    public static ForbiddenException NotCreator() =>
        new("permission_denied", "Only the snapshot's creator or an admin may archive or delete it");

    public static UnprocessableEntityException TooLarge(int limit) => new(
        "snapshot_too_large", $"A snapshot captures at most {limit} items or events",
        new { limit });
}
