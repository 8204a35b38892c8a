namespace DeFarm.Domain.Snapshots;

/// <summary>
/// The Merkle tree over what a snapshot captured (<see cref="MerkleHashing"/>): its leaves, root and shape, and
/// the record of every verification. Verifying recomputes the root from the stored leaves, so a leaf changed
/// after the fact shows. Part of its <see cref="Snapshot"/>.
/// </summary>
public sealed class MerkleTree
{
    private readonly List<MerkleLeaf> _leaves = [];
    private readonly List<MerkleVerification> _verifications = [];

    private MerkleTree()
    {
    }

    public Guid Id { get; private set; }
    public string RootHash { get; private set; } = string.Empty;
    public int Height { get; private set; }
    public int LeafCount { get; private set; }
    public string HashAlgorithm { get; private set; } = MerkleHashing.Algorithm;
    public string TreeType { get; private set; } = MerkleHashing.TreeType;
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<MerkleLeaf> Leaves => _leaves;
    public IReadOnlyList<MerkleVerification> Verifications => _verifications;

    /// <summary>Recomputes the root from the stored leaves and records the outcome.</summary>
    public MerkleVerification Verify(string verifiedBy, DateTimeOffset now)
    {
        var verification = new MerkleVerification(Id, MerkleHashing.Compute(_leaves).Root, RootHash, verifiedBy, now);
        _verifications.Add(verification);
        return verification;
    }

    /// <summary>A tree over <paramref name="leaves"/> (key and content hash each), in the order given.</summary>
    internal static MerkleTree Build(IEnumerable<(string Key, string ContentHash)> leaves, DateTimeOffset now)
    {
        var tree = new MerkleTree { Id = Guid.NewGuid(), CreatedAt = now };
        tree._leaves.AddRange(leaves.Select((leaf, position) => new MerkleLeaf(position, leaf.Key, leaf.ContentHash)));
        (tree.RootHash, tree.Height) = MerkleHashing.Compute(tree._leaves);
        tree.LeafCount = tree._leaves.Count;
        return tree;
    }
}
