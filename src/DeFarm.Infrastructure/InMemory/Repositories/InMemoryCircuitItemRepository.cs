using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryCircuitItemRepository(InMemoryUnitOfWork unitOfWork) : ICircuitItemRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<IReadOnlyList<CircuitItem>> ListAsync(
        Guid circuitId, int limit, int offset, CancellationToken cancellationToken)
    {
        IReadOnlyList<CircuitItem> page = Database.Query(Database.CircuitItems, rows => rows
            .Where(i => i.CircuitId == circuitId)
            .OrderByDescending(i => i.PushedAt).ThenBy(i => i.Dfid, StringComparer.Ordinal)
            .Skip(offset).Take(limit));
        return Task.FromResult(page);
    }

    public Task<IReadOnlySet<string>> FindHeldAsync(
        Guid circuitId, IReadOnlyCollection<string> dfids, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            IReadOnlySet<string> held = dfids
                .Where(dfid => Database.CircuitItems.TryGet((circuitId, dfid), out _, out _))
                .ToHashSet(StringComparer.Ordinal);
            return Task.FromResult(held);
        }
    }

    public Task<CircuitItem?> GetAsync(Guid circuitId, string dfid, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.CircuitItems, (circuitId, dfid)));

    public void Add(CircuitItem item) => unitOfWork.Insert(Database.CircuitItems, item);

    public void Remove(CircuitItem item) => unitOfWork.Delete(Database.CircuitItems, item);
}
