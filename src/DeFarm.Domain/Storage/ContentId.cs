using System.Security.Cryptography;

namespace DeFarm.Domain.Storage;

/// <summary>
/// Content identifiers as IPFS writes them for a single raw block: CIDv1, codec <c>raw</c> (0x55), multihash
/// sha2-256 (0x12, 32 bytes), multibase base32 lower case without padding (prefix <c>b</c>), so every id starts
/// with <c>bafkrei</c>. The same bytes always get the same id, and an id proves its bytes.
/// </summary>
public static class ContentId
{
    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    /// <summary>CID version 1, raw codec, sha2-256 code, digest length.</summary>
    private static readonly byte[] Prefix = [0x01, 0x55, 0x12, 0x20];

    public static string Compute(ReadOnlySpan<byte> content)
    {
        var binary = new byte[Prefix.Length + SHA256.HashSizeInBytes];
        Prefix.CopyTo(binary, 0);
        SHA256.HashData(content, binary.AsSpan(Prefix.Length));
        return "b" + Base32(binary);
    }

    /// <summary>True when <paramref name="content"/> is exactly what <paramref name="cid"/> names.</summary>
    public static bool Matches(string cid, ReadOnlySpan<byte> content) => cid == Compute(content);

    private static string Base32(ReadOnlySpan<byte> data)
    {
        var text = new char[(data.Length * 8 + 4) / 5];
        var position = 0;
        var buffer = 0;
        var bits = 0;
        foreach (var value in data)
        {
            buffer = (buffer << 8) | value;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                text[position++] = Base32Alphabet[(buffer >> bits) & 31];
            }
        }

        if (bits > 0)
        {
            text[position] = Base32Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(text);
    }
}
