namespace DeFarm.Infrastructure.Persistence;

/// <summary>Bytes kept under their CID by the content-addressed store (both providers).</summary>
internal sealed class ContentBlock(string cid, byte[] content, DateTimeOffset storedAt)
{
    public string Cid { get; private set; } = cid;
    public byte[] Content { get; private set; } = content;
    public DateTimeOffset StoredAt { get; private set; } = storedAt;
}
