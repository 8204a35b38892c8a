using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfRevokedAccessTokenRepository(DeFarmDbContext db) : IRevokedAccessTokenRepository
{
    public void Add(RevokedAccessToken token) => db.RevokedAccessTokens.Add(token);

    /// <summary>Asked on every authenticated request, so compiled once.</summary>
    private static readonly Func<DeFarmDbContext, string, CancellationToken, Task<bool>> IsRevoked =
        EF.CompileAsyncQuery((DeFarmDbContext db, string tokenHash, CancellationToken _) =>
            db.RevokedAccessTokens.Any(t => t.TokenHash == tokenHash));

    public Task<bool> IsRevokedAsync(string tokenHash, CancellationToken cancellationToken) =>
        IsRevoked(db, tokenHash, cancellationToken);

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RevokedAccessTokens.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
}
