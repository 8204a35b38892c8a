using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryUserQueries(InMemoryDatabase database) : IUserQueries
{
    public Task<IReadOnlyList<UserAccount>> ListAsync(int limit, int offset, CancellationToken cancellationToken)
    {
        IReadOnlyList<UserAccount> page = database.Query(database.Users, rows => rows
            .Where(u => u.DeletedAt == null)
            .OrderByDescending(u => u.CreatedAt).ThenBy(u => u.Id, StringComparer.Ordinal)
            .Skip(offset).Take(limit));
        return Task.FromResult(page);
    }
}
