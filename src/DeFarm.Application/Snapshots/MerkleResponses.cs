using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Snapshots;

namespace DeFarm.Application.Snapshots;

/// <summary>A snapshot's Merkle tree as the front end reads it (spa-contract §2.5 M1).</summary>
public sealed record MerkleTreeResponse(
    Guid Id,
    Guid SnapshotId,
    string ResourceType,
    string ResourceId,
    string RootHash,
    int Height,
    int LeafCount,
    string HashAlgorithm,
    string TreeType,
    DateTimeOffset CreatedAt)
{
    public static MerkleTreeResponse From(SnapshotSummary snapshot) => new(
        snapshot.Tree.Id, snapshot.Id, SnapshotText.ResourceType(snapshot.ResourceType), snapshot.ResourceId,
        snapshot.Tree.RootHash, snapshot.Tree.Height, snapshot.Tree.LeafCount, snapshot.Tree.HashAlgorithm,
        snapshot.Tree.TreeType, snapshot.Tree.CreatedAt);
}

/// <summary>One verification of a tree (spa-contract §2.5 M2, M3).</summary>
public sealed record MerkleVerificationResponse(
    Guid Id, Guid TreeId, bool IsValid, string ComputedRoot, string ExpectedRoot, string VerifiedBy, DateTimeOffset CreatedAt)
{
    public static MerkleVerificationResponse From(MerkleVerification verification) => new(
        verification.Id, verification.TreeId, verification.IsValid, verification.ComputedRoot,
        verification.ExpectedRoot, verification.VerifiedBy, verification.CreatedAt);
}
