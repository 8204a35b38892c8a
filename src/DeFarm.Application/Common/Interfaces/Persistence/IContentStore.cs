namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>
/// DeFarm's own content-addressed store: bytes kept under their CID (<see cref="Domain.Storage.ContentId"/>).
/// Writes take effect at once, outside any unit of work, like an upload to IPFS: a CID names its bytes, so a
/// copy left by a rolled-back command is harmless and a second write of the same bytes changes nothing.
/// </summary>
public interface IContentStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="cid"/> unless it is already there.</summary>
    Task PutAsync(string cid, byte[] content, CancellationToken cancellationToken);

    /// <summary>The bytes stored under <paramref name="cid"/>, or <c>null</c>.</summary>
    Task<byte[]?> GetAsync(string cid, CancellationToken cancellationToken);
}
