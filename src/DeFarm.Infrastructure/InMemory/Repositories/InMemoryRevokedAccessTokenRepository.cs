using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryRevokedAccessTokenRepository(InMemoryUnitOfWork unitOfWork) : IRevokedAccessTokenRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public void Add(RevokedAccessToken token) => unitOfWork.Insert(Database.RevokedAccessTokens, token);

    public Task<bool> IsRevokedAsync(string tokenHash, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            return Task.FromResult(Database.RevokedAccessTokens.TryGet(tokenHash, out _, out _));
        }
    }

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(Database.RemoveWhere(Database.RevokedAccessTokens, t => t.ExpiresAt <= now));
}
