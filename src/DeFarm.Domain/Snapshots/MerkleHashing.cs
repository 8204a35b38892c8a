using System.Text;

namespace DeFarm.Domain.Snapshots;

/// <summary>
/// The binary BLAKE3 Merkle tree of DeFarm snapshots. A leaf hashes <c>0x00 ‖ UTF-8("&lt;key&gt;\n&lt;content
/// hash&gt;")</c> and an inner node <c>0x01 ‖ left ‖ right</c> (the prefixes keep a leaf from passing for a node,
/// as in RFC 6962). Leaves are paired left to right; an odd node at the end of a level moves up unchanged rather
/// than being paired with itself, so no two different leaf lists share a root. No leaves: the hash of nothing.
/// </summary>
public static class MerkleHashing
{
    public const string Algorithm = "blake3";
    public const string TreeType = "binary";

    private const byte LeafPrefix = 0x00;
    private const byte NodePrefix = 0x01;

    /// <returns>The root (lower-case hex) and the height: how many levels sit above the leaves.</returns>
    public static (string Root, int Height) Compute(IEnumerable<MerkleLeaf> leaves)
    {
        var level = leaves.OrderBy(l => l.Position).Select(LeafHash).ToList();
        if (level.Count == 0)
        {
            return (Hex(Blake3.Hasher.Hash([]).AsSpan()), 0);
        }

        var height = 0;
        while (level.Count > 1)
        {
            var next = new List<byte[]>((level.Count + 1) / 2);
            for (var i = 0; i < level.Count; i += 2)
            {
                next.Add(i + 1 < level.Count ? NodeHash(level[i], level[i + 1]) : level[i]);
            }

            level = next;
            height++;
        }

        return (Hex(level[0]), height);
    }

    private static byte[] LeafHash(MerkleLeaf leaf) =>
        Hash([LeafPrefix, .. Encoding.UTF8.GetBytes($"{leaf.Key}\n{leaf.ContentHash}")]);

    private static byte[] NodeHash(byte[] left, byte[] right) => Hash([NodePrefix, .. left, .. right]);

    private static byte[] Hash(byte[] data) => Blake3.Hasher.Hash(data).AsSpan().ToArray();

    private static string Hex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);
}
