using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfPasswordResetTokenRepository(DeFarmDbContext db) : IPasswordResetTokenRepository
{
    public void Add(PasswordResetToken token) => db.PasswordResetTokens.Add(token);

    public Task<PasswordResetToken?> GetByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        db.PasswordResetTokens.FirstOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);

    public Task<int> CountCreatedSinceAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.PasswordResetTokens.CountAsync(t => t.UserId == userId && t.CreatedAt >= since, cancellationToken);

    public Task<int> DeleteExpiredOrUsedAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.PasswordResetTokens.Where(t => t.UsedAt != null || t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
}
