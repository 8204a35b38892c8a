using System.Security.Cryptography;
using System.Text;

namespace DeFarm.Application.Webhooks;

/// <summary>
/// Signs webhook bodies so receivers can tell DeFarm sent them, unchanged: <c>X-DeFarm-Signature:
/// sha256=&lt;hex&gt;</c>, the lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the UTF-8 bytes of
/// the webhook's signing secret (shown once, when the webhook is created).
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-DeFarm-Signature";
    public const string DeliveryHeader = "X-DeFarm-Delivery";
    public const string TimestampHeader = "X-DeFarm-Timestamp";
    public const string EventHeader = "X-DeFarm-Event";

    /// <summary>A new signing secret: 32 random bytes as lowercase hex.</summary>
    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
