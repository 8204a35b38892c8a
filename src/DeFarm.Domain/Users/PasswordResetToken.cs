namespace DeFarm.Domain.Users;

/// <summary>
/// A single-use password reset grant. Only the BLAKE3 hash of the secret is kept; the secret itself is mailed
/// to the user and never stored.
/// </summary>
public sealed class PasswordResetToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>The window over which reset requests per user are counted against the hourly limit.</summary>
    public static readonly TimeSpan RequestLimitWindow = TimeSpan.FromHours(1);

    private PasswordResetToken()
    {
    }

    public PasswordResetToken(string userId, string tokenHash, DateTimeOffset now, string? ipAddress, string? userAgent)
    {
        Id = Guid.NewGuid().ToString();
        UserId = userId;
        TokenHash = tokenHash;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
        IpAddress = ipAddress;
        UserAgent = userAgent;
    }

    public string Id { get; private set; } = string.Empty;
    public string UserId { get; private set; } = string.Empty;
    public string TokenHash { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public string? IpAddress { get; private set; }
    public string? UserAgent { get; private set; }

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;

    public void MarkUsed(DateTimeOffset now) => UsedAt = now;
}
