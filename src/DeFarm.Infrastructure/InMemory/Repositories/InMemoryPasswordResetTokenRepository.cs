using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryPasswordResetTokenRepository(InMemoryUnitOfWork unitOfWork) : IPasswordResetTokenRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public void Add(PasswordResetToken token) => unitOfWork.Insert(Database.PasswordResetTokens, token);

    public Task<PasswordResetToken?> GetByHashAsync(string tokenHash, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.LoadByUnique(
            Database.PasswordResetTokens, InMemoryDatabase.ResetTokenHashConstraint, tokenHash));

    public Task<int> CountCreatedSinceAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            return Task.FromResult(Database.PasswordResetTokens.Rows.Count(t => t.UserId == userId && t.CreatedAt >= since));
        }
    }

    public Task<int> DeleteExpiredOrUsedAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(Database.RemoveWhere(
            Database.PasswordResetTokens, t => t.UsedAt is not null || t.ExpiresAt <= now));
}
