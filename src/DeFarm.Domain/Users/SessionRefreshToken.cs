namespace DeFarm.Domain.Users;

/// <summary>
/// A refresh token of a <see cref="SignInSession"/>, kept by hash only. Exchanged tokens stay, so using one again
/// is recognised as reuse rather than as an unknown token.
/// </summary>
public sealed class SessionRefreshToken
{
    private SessionRefreshToken()
    {
    }

    internal SessionRefreshToken(string tokenHash, Guid sessionId, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
    {
        TokenHash = tokenHash;
        SessionId = sessionId;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
    }

    public string TokenHash { get; private set; } = string.Empty;
    public Guid SessionId { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When the token was first exchanged for the next one; <c>null</c> while it is the newest.</summary>
    public DateTimeOffset? RotatedAt { get; private set; }

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Exchanged longer than <paramref name="grace"/> ago: presenting it now is reuse.</summary>
    public bool IsReusedAt(DateTimeOffset now, TimeSpan grace) => RotatedAt is { } rotated && now - rotated > grace;

    internal void MarkRotated(DateTimeOffset now) => RotatedAt ??= now;
}
