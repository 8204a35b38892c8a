using DeFarm.Domain.Users;

namespace DeFarm.Application.Common.Interfaces.Persistence;

public interface IPasswordResetTokenRepository
{
    void Add(PasswordResetToken token);

    Task<PasswordResetToken?> GetByHashAsync(string tokenHash, CancellationToken cancellationToken);

    Task<int> CountCreatedSinceAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Deletes expired and used tokens at once (maintenance, outside any unit of work).</summary>
    Task<int> DeleteExpiredOrUsedAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
