using DeFarm.Domain.Users;

namespace DeFarm.Application.Common.Interfaces.Persistence;

public interface IRevokedAccessTokenRepository
{
    void Add(RevokedAccessToken token);

    Task<bool> IsRevokedAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Deletes revocations whose token has expired anyway (maintenance, outside any unit of work).</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
