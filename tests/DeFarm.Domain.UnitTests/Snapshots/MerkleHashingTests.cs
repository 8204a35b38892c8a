using System.Text;
using DeFarm.Domain.Common;
using DeFarm.Domain.Snapshots;

namespace DeFarm.Domain.UnitTests.Snapshots;

/// <summary>The snapshot Merkle tree, against hashes built by hand from its definition.</summary>
public sealed class MerkleHashingTests
{
    [Test]
    public void ShouldRootNoLeavesInTheHashOfNothing()
    {
        MerkleHashing.Compute([]).ShouldBe((Blake3Hash.Hex(string.Empty), 0));
    }

    [Test]
    public void ShouldRootOneLeafInItsPrefixedLeafHash()
    {
        MerkleHashing.Compute([new MerkleLeaf(0, "DFID-A", "aa")]).ShouldBe((Hex(Leaf("DFID-A", "aa")), 0));
    }

    [Test]
    public void ShouldPairLeavesAndCarryAnOddOneUpUnchanged()
    {
        var (a, b, c) = (Leaf("A", "1"), Leaf("B", "2"), Leaf("C", "3"));
        var expected = Node(Node(a, b), c);

        var (root, height) = MerkleHashing.Compute([new MerkleLeaf(2, "C", "3"), new MerkleLeaf(0, "A", "1"), new MerkleLeaf(1, "B", "2")]);

        (root, height).ShouldBe((Hex(expected), 2));
    }

    [Test]
    public void ShouldChangeTheRootWhenAnyLeafOrTheOrderChanges()
    {
        var leaves = new[] { new MerkleLeaf(0, "A", "1"), new MerkleLeaf(1, "B", "2"), new MerkleLeaf(2, "C", "3") };
        var root = MerkleHashing.Compute(leaves).Root;

        MerkleHashing.Compute([leaves[0], new MerkleLeaf(1, "B", "X"), leaves[2]]).Root.ShouldNotBe(root);
        MerkleHashing.Compute([new MerkleLeaf(0, "B", "2"), new MerkleLeaf(1, "A", "1"), leaves[2]]).Root.ShouldNotBe(root);
        // Duplicating the odd leaf (the classic Bitcoin weakness) must not give the same root.
        MerkleHashing.Compute([.. leaves, new MerkleLeaf(3, "C", "3")]).Root.ShouldNotBe(root);
    }

    [Test]
    public void ShouldRecordAVerificationAgainstTheStoredRoot()
    {
        var snapshot = Snapshot.Take("s", "manual", SnapshotResourceType.Item, "DFID-A", null, "alice", [("DFID-A", "aa")], DateTimeOffset.UnixEpoch);

        var verification = snapshot.Tree.Verify("bob", DateTimeOffset.UnixEpoch);

        (verification.IsValid, verification.ComputedRoot, verification.ExpectedRoot, verification.TreeId)
            .ShouldBe((true, snapshot.Checksum, snapshot.Checksum, snapshot.Tree.Id));
        snapshot.Tree.Verifications.ShouldBe([verification]);
    }

    [Test]
    public void ShouldRefuseAnUnknownSnapshotType()
    {
        Should.Throw<BusinessRuleException>(() => Snapshot.Take(
            "s", "weekly", SnapshotResourceType.Item, "DFID-A", null, "alice", [], DateTimeOffset.UnixEpoch)).Code.ShouldBe("invalid_snapshot_type");
    }

    private static byte[] Leaf(string key, string contentHash) => Hash([0x00, .. Encoding.UTF8.GetBytes($"{key}\n{contentHash}")]);

    private static byte[] Node(byte[] left, byte[] right) => Hash([0x01, .. left, .. right]);

    private static byte[] Hash(byte[] data) => Blake3.Hasher.Hash(data).AsSpan().ToArray();

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
