namespace DeFarm.Domain.Snapshots;

/// <summary>
/// One captured thing of a snapshot: what it is (<see cref="Key"/>: a DFID, or <c>event:&lt;id&gt;</c>) and the
/// hash of its content when captured. Its leaf hash is computed from both, never stored.
/// </summary>
public sealed class MerkleLeaf
{
    private MerkleLeaf()
    {
    }

    public MerkleLeaf(int position, string key, string contentHash)
    {
        Position = position;
        Key = key;
        ContentHash = contentHash;
    }

    public int Position { get; private set; }
    public string Key { get; private set; } = string.Empty;
    public string ContentHash { get; private set; } = string.Empty;
}
