using System.Security.Cryptography;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.ApiKeys;

/// <summary>
/// A partner API key: lets a program act as the key's owner, for one circuit, until it expires or is revoked.
/// The secret (<c>dfm_</c> and 32 letters or digits, engines-api.md §1.10) is shown once; only its BLAKE3 hash
/// and first 8 characters are kept. Revoking keeps the key, so its usage stays readable.
/// </summary>
public sealed class ApiKey
{
    public const string SecretPrefix = "dfm_";
    public const int MaxNameLength = 255;
    public const int MaxDescriptionLength = 1000;
    public const int MaxLifetimeDays = 3650;
    public const int DefaultRateLimitPerMinute = 60;
    public const int DefaultRateLimitPerDay = 10_000;

    private const int SecretRandomLength = 32;
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private ApiKey()
    {
    }

    public Guid Id { get; private set; }
    public string OwnerId { get; private set; } = string.Empty;
    public Guid CircuitId { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string? Description { get; private set; }
    public string KeyHash { get; private set; } = string.Empty;
    public string KeyPrefix { get; private set; } = string.Empty;
    public bool IsActive { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public int RateLimitPerMinute { get; private set; }
    public int RateLimitPerDay { get; private set; }

    /// <summary>A new active key and its secret, which exists nowhere else from now on.</summary>
    public static (ApiKey Key, string Secret) Issue(
        string ownerId, Guid circuitId, string name, string? description, int? expiresInDays, DateTimeOffset now)
    {
        if (expiresInDays is < 1 or > MaxLifetimeDays)
        {
            throw new BusinessRuleException(
                "invalid_expiry", $"expires_in_days must be between 1 and {MaxLifetimeDays}");
        }

        var secret = SecretPrefix + RandomNumberGenerator.GetString(SecretAlphabet, SecretRandomLength);
        var key = new ApiKey
        {
            Id = Guid.NewGuid(),
            OwnerId = ownerId,
            CircuitId = circuitId,
            Name = name.Trim(),
            Description = description,
            KeyHash = HashOf(secret),
            KeyPrefix = secret[..8],
            IsActive = true,
            CreatedAt = now,
            ExpiresAt = expiresInDays is { } days ? now.AddDays(days) : null,
            RateLimitPerMinute = DefaultRateLimitPerMinute,
            RateLimitPerDay = DefaultRateLimitPerDay,
        };
        return (key, secret);
    }

    /// <summary>What is stored for a secret and looked up when one is presented.</summary>
    public static string HashOf(string secret) => Blake3Hash.Hex(secret);

    /// <summary>Whether <paramref name="secret"/> has the shape of a DeFarm key at all.</summary>
    public static bool LooksLikeSecret(string secret) =>
        secret.Length == SecretPrefix.Length + SecretRandomLength
        && secret.StartsWith(SecretPrefix, StringComparison.Ordinal)
        && !secret.AsSpan(SecretPrefix.Length).ContainsAnyExcept(SecretAlphabet);

    /// <summary>Stops the key working at once; revoking a revoked key changes nothing.</summary>
    public void Revoke(DateTimeOffset now)
    {
        if (!IsActive)
        {
            return;
        }

        IsActive = false;
        RevokedAt = now;
    }

    /// <summary>Why the key may not be used at <paramref name="now"/>, or <c>null</c> when it may.</summary>
    public ApiKeyRefusal? RefusalAt(DateTimeOffset now) =>
        !IsActive ? ApiKeyRefusal.Revoked
        : ExpiresAt is { } expiry && expiry <= now ? ApiKeyRefusal.Expired
        : null;
}

public enum ApiKeyRefusal
{
    Revoked,
    Expired,
}
