namespace DeFarm.Domain.Snapshots;

/// <summary>One check of a Merkle tree: the root recomputed from its leaves against the root stored with it.</summary>
public sealed class MerkleVerification
{
    private MerkleVerification()
    {
    }

    internal MerkleVerification(
        Guid treeId, string computedRoot, string expectedRoot, string verifiedBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        TreeId = treeId;
        ComputedRoot = computedRoot;
        ExpectedRoot = expectedRoot;
        IsValid = computedRoot == expectedRoot;
        VerifiedBy = verifiedBy;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid TreeId { get; private set; }
    public bool IsValid { get; private set; }
    public string ComputedRoot { get; private set; } = string.Empty;
    public string ExpectedRoot { get; private set; } = string.Empty;
    public string VerifiedBy { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
}
