using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfRevokedAccessTokenRepository(DeFarmDbContext db) : IRevokedAccessTokenRepository
{
    public void Add(RevokedAccessToken token) => db.RevokedAccessTokens.Add(token);

    public Task<bool> IsRevokedAsync(string tokenHash, CancellationToken cancellationToken) =>
        db.RevokedAccessTokens.AnyAsync(t => t.TokenHash == tokenHash, cancellationToken);

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RevokedAccessTokens.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
}
