using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfUserRepository(DeFarmDbContext db) : IUserRepository
{
    public async Task<UserAccount?> GetByIdAsync(string userId, CancellationToken cancellationToken) =>
        await db.Users.FindAsync([userId], cancellationToken);

    public Task<UserAccount?> GetByUsernameAsync(string username, CancellationToken cancellationToken) =>
        db.Users.FirstOrDefaultAsync(u => u.Username == username, cancellationToken);

    public Task<UserAccount?> GetByEmailAsync(string email, CancellationToken cancellationToken) =>
        db.Users.FirstOrDefaultAsync(u => u.Email == email, cancellationToken);

    public Task<bool> ExistsWithUsernameAsync(string username, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Username == username, cancellationToken);

    public Task<bool> ExistsWithEmailAsync(string email, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Email == email, cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => db.Users.AnyAsync(cancellationToken);

    public void Add(UserAccount user) => db.Users.Add(user);
}
