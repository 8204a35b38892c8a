using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfSignInSessionRepository(DeFarmDbContext db) : ISignInSessionRepository
{
    public async Task<SignInSession?> GetByIdAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await db.SignInSessions.FindAsync([sessionId], cancellationToken);

    public async Task<SessionRefreshToken?> GetTokenAsync(string tokenHash, CancellationToken cancellationToken) =>
        await db.SessionRefreshTokens.FindAsync([tokenHash], cancellationToken);

    public async Task<IReadOnlyList<SignInSession>> ListOfUserAsync(
        string userId, int limit, CancellationToken cancellationToken) =>
        await db.SignInSessions.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderByDescending(s => s.LastActivityAt).ThenBy(s => s.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public void Add(SignInSession session) => db.SignInSessions.Add(session);

    public void AddToken(SessionRefreshToken token) => db.SessionRefreshTokens.Add(token);

    public Task<int> DeleteFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        db.SignInSessions.Where(s => s.ExpiresAt < before || s.EndedAt < before).ExecuteDeleteAsync(cancellationToken);
}
