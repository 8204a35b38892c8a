using DeFarm.Domain.Users;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>Sign-in sessions and their refresh tokens (stored by hash only).</summary>
public interface ISignInSessionRepository
{
    /// <summary>The session, tracked for changes.</summary>
    Task<SignInSession?> GetByIdAsync(Guid sessionId, CancellationToken cancellationToken);

    /// <summary>The refresh token with this hash, tracked for changes, whether still current or exchanged.</summary>
    Task<SessionRefreshToken?> GetTokenAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>The user's sessions, most recently active first, read-only.</summary>
    Task<IReadOnlyList<SignInSession>> ListOfUserAsync(string userId, int limit, CancellationToken cancellationToken);

    void Add(SignInSession session);

    void AddToken(SessionRefreshToken token);

    /// <summary>
    /// Deletes sessions that ended or expired before <paramref name="before"/>, with their tokens (maintenance,
    /// outside any unit of work).
    /// </summary>
    Task<int> DeleteFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
