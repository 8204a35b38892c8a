namespace DeFarm.Domain.Users;

/// <summary>
/// One sign-in of the web front end on one device: the family of refresh tokens handed out since, each
/// exchanged for the next (rotation). It ends when the user signs out, when a token already exchanged is used
/// again (someone else holds a copy), or when no token was exchanged for a whole lifetime.
/// </summary>
public sealed class SignInSession
{
    public const int MaxUserAgentLength = 500;
    public const int MaxIpAddressLength = 64;

    private SignInSession()
    {
    }

    private SignInSession(string userId, string? userAgent, string? ipAddress, DateTimeOffset now, TimeSpan lifetime)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        CreatedAt = now;
        Seen(userAgent, ipAddress, now, lifetime);
    }

    public Guid Id { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public string? UserAgent { get; private set; }
    public string? IpAddress { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastActivityAt { get; private set; }

    /// <summary>When the newest refresh token expires: each exchange extends the session by a lifetime.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }
    public SessionEndReason? EndReason { get; private set; }

    public bool IsActiveAt(DateTimeOffset now) => EndedAt is null && now < ExpiresAt;

    /// <summary>A new session and its first refresh token, whose secret only the caller knows (by its hash).</summary>
    public static (SignInSession Session, SessionRefreshToken FirstToken) Open(
        string userId, string? userAgent, string? ipAddress, string firstTokenHash, DateTimeOffset now, TimeSpan lifetime)
    {
        var session = new SignInSession(userId, userAgent, ipAddress, now, lifetime);
        return (session, new SessionRefreshToken(firstTokenHash, session.Id, now, session.ExpiresAt));
    }

    /// <summary>
    /// Exchanges a refresh token of this active session for the next one. A token exchanged moments ago may be
    /// exchanged again (the caller decides how long: parallel requests of one client all refresh with the token
    /// they hold); the first exchange time is kept.
    /// </summary>
    public SessionRefreshToken Rotate(
        SessionRefreshToken presented, string nextTokenHash, string? userAgent, string? ipAddress, DateTimeOffset now,
        TimeSpan lifetime)
    {
        if (presented.SessionId != Id)
        {
            throw new ArgumentException("The refresh token belongs to another session.", nameof(presented));
        }

        if (!IsActiveAt(now))
        {
            throw new InvalidOperationException("An ended or expired session hands out no tokens.");
        }

        presented.MarkRotated(now);
        Seen(userAgent, ipAddress, now, lifetime);
        return new SessionRefreshToken(nextTokenHash, Id, now, ExpiresAt);
    }

    /// <summary>Ends the session; every token of it is refused from now on. Ending it again changes nothing.</summary>
    public void End(SessionEndReason reason, DateTimeOffset now)
    {
        if (EndedAt is not null)
        {
            return;
        }

        EndedAt = now;
        EndReason = reason;
    }

    private void Seen(string? userAgent, string? ipAddress, DateTimeOffset now, TimeSpan lifetime)
    {
        UserAgent = Truncate(userAgent, MaxUserAgentLength);
        IpAddress = Truncate(ipAddress, MaxIpAddressLength);
        LastActivityAt = now;
        ExpiresAt = now + lifetime;
    }

    private static string? Truncate(string? text, int length) => text is { } value && value.Length > length ? value[..length] : text;
}
