using DeFarm.Domain.Users;

namespace DeFarm.Application.Common.Interfaces.Persistence;

public interface IUserRepository
{
    Task<UserAccount?> GetByIdAsync(string userId, CancellationToken cancellationToken);

    Task<UserAccount?> GetByUsernameAsync(string username, CancellationToken cancellationToken);

    Task<UserAccount?> GetByEmailAsync(string email, CancellationToken cancellationToken);

    Task<bool> ExistsWithUsernameAsync(string username, CancellationToken cancellationToken);

    Task<bool> ExistsWithEmailAsync(string email, CancellationToken cancellationToken);

    Task<bool> AnyAsync(CancellationToken cancellationToken);

    void Add(UserAccount user);
}
