using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfUserQueries(DeFarmDbContext db) : IUserQueries
{
    public async Task<IReadOnlyList<UserAccount>> ListAsync(int limit, int offset, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.DeletedAt == null)
            .OrderByDescending(u => u.CreatedAt).ThenBy(u => u.Id)
            .Skip(offset).Take(limit)
            .ToListAsync(cancellationToken);
}
