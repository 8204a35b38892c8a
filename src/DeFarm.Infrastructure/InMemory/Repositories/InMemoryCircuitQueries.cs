using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryCircuitQueries(InMemoryDatabase database) : ICircuitQueries
{
    public Task<IReadOnlyList<Circuit>> ListAsync(CircuitListFilter filter, CancellationToken cancellationToken)
    {
        IReadOnlyList<Circuit> page = database.Query(database.Circuits, rows => rows
            .Where(c => c.IsMember(filter.ViewerId) || (filter.IncludePublic && c.IsPubliclyAccessible(filter.Now)))
            .Where(c => filter.Status is null || c.Status == filter.Status)
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
            .Skip(filter.Offset).Take(filter.Limit));
        return Task.FromResult(page);
    }

    public Task<IReadOnlyList<Circuit>> ListOfMemberAsync(string memberId, CancellationToken cancellationToken)
    {
        IReadOnlyList<Circuit> circuits = database.Query(database.Circuits, rows => rows
            .Where(c => c.IsMember(memberId))
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id));
        return Task.FromResult(circuits);
    }

    public Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(
        IReadOnlyCollection<Guid> circuitIds, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            IReadOnlyDictionary<Guid, string> names = database.Circuits.Rows
                .Where(c => circuitIds.Contains(c.Id))
                .ToDictionary(c => c.Id, c => c.Name);
            return Task.FromResult(names);
        }
    }
}
