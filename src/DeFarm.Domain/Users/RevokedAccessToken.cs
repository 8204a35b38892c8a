namespace DeFarm.Domain.Users;

/// <summary>An access token signed out before its expiry; kept (by hash) only until it would have expired.</summary>
public sealed class RevokedAccessToken
{
    private RevokedAccessToken()
    {
    }

    public RevokedAccessToken(string tokenHash, string userId, DateTimeOffset expiresAt, DateTimeOffset revokedAt)
    {
        TokenHash = tokenHash;
        UserId = userId;
        ExpiresAt = expiresAt;
        RevokedAt = revokedAt;
    }

    public string TokenHash { get; private set; } = string.Empty;
    public string UserId { get; private set; } = string.Empty;
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset RevokedAt { get; private set; }
}
