using DeFarm.Domain.Users;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>Read side of accounts for the admin pages.</summary>
public interface IUserQueries
{
    /// <summary>Accounts not deleted, newest first, paged, untracked.</summary>
    Task<IReadOnlyList<UserAccount>> ListAsync(int limit, int offset, CancellationToken cancellationToken);
}
