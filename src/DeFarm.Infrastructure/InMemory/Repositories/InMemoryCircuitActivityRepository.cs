using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryCircuitActivityRepository(InMemoryUnitOfWork unitOfWork) : ICircuitActivityRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<IReadOnlyList<CircuitActivity>> ListAsync(
        Guid circuitId, int limit, int offset, CancellationToken cancellationToken)
    {
        IReadOnlyList<CircuitActivity> page = Database.Query(Database.CircuitActivities, rows => rows
            .Where(a => a.CircuitId == circuitId)
            .OrderByDescending(a => a.Timestamp).ThenBy(a => a.ActivityId, StringComparer.Ordinal)
            .Skip(offset).Take(limit));
        return Task.FromResult(page);
    }

    public void Add(CircuitActivity activity) => unitOfWork.Insert(Database.CircuitActivities, activity);
}
