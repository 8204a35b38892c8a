using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryUserRepository(InMemoryUnitOfWork unitOfWork) : IUserRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<UserAccount?> GetByIdAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.Users, userId));

    public Task<UserAccount?> GetByUsernameAsync(string username, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.LoadByUnique(Database.Users, InMemoryDatabase.UsernameConstraint, username));

    public Task<UserAccount?> GetByEmailAsync(string email, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.LoadByUnique(Database.Users, InMemoryDatabase.EmailConstraint, email));

    public async Task<bool> ExistsWithUsernameAsync(string username, CancellationToken cancellationToken) =>
        await GetByUsernameAsync(username, cancellationToken) is not null;

    public async Task<bool> ExistsWithEmailAsync(string email, CancellationToken cancellationToken) =>
        await GetByEmailAsync(email, cancellationToken) is not null;

    public Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            return Task.FromResult(Database.Users.Rows.Any());
        }
    }

    public void Add(UserAccount user) => unitOfWork.Insert(Database.Users, user);
}
