using System.Buffers.Text;
using System.Security.Cryptography;
using DeFarm.Domain.Common;

namespace DeFarm.Application.Auth.Sessions;

/// <summary>An opaque refresh token (32 random bytes, base64url) and the BLAKE3 hash under which it is stored.</summary>
internal readonly record struct RefreshSecret(string Token, string Hash)
{
    public const int MaxTokenLength = 100;

    public static RefreshSecret Create()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return new RefreshSecret(token, HashOf(token));
    }

    public static string HashOf(string token) => Blake3Hash.Hex(token.Trim());
}
