using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemorySignInSessionRepository(InMemoryUnitOfWork unitOfWork) : ISignInSessionRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<SignInSession?> GetByIdAsync(Guid sessionId, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.SignInSessions, sessionId));

    public Task<SessionRefreshToken?> GetTokenAsync(string tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.SessionRefreshTokens, tokenHash));

    public Task<IReadOnlyList<SignInSession>> ListOfUserAsync(string userId, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<SignInSession> sessions = Database.Query(Database.SignInSessions, rows => rows
            .Where(s => s.UserId == userId)
            .OrderByDescending(s => s.LastActivityAt).ThenBy(s => s.Id)
            .Take(limit));
        return Task.FromResult(sessions);
    }

    public void Add(SignInSession session) => unitOfWork.Insert(Database.SignInSessions, session);

    public void AddToken(SessionRefreshToken token) => unitOfWork.Insert(Database.SessionRefreshTokens, token);

    public Task<int> DeleteFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            var finished = Database.SignInSessions.Rows.Where(s => s.ExpiresAt < before || s.EndedAt < before)
                .Select(s => s.Id).ToHashSet();
            Database.SessionRefreshTokens.RemoveWhere(t => finished.Contains(t.SessionId));
            return Task.FromResult(Database.SignInSessions.RemoveWhere(s => finished.Contains(s.Id)));
        }
    }
}
