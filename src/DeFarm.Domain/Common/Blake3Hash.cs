using System.Text;

namespace DeFarm.Domain.Common;

/// <summary>Lower-case hex BLAKE3 digests, the hash DeFarm uses for tokens, content hashes and fingerprints.</summary>
public static class Blake3Hash
{
    public static string Hex(ReadOnlySpan<byte> data) =>
        Convert.ToHexStringLower(Blake3.Hasher.Hash(data).AsSpan());

    public static string Hex(string text) => Hex(Encoding.UTF8.GetBytes(text));
}
