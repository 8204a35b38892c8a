using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryCircuitRepository(InMemoryUnitOfWork unitOfWork) : ICircuitRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<Circuit?> GetByIdAsync(Guid circuitId, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.Circuits, circuitId));

    public Task<Circuit?> GetBySlugAsync(string slug, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.LoadByUnique(Database.Circuits, InMemoryDatabase.CircuitSlugConstraint, slug));

    public Task<int> CountActiveOwnedByAsync(string ownerId, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            return Task.FromResult(
                Database.Circuits.Rows.Count(c => c.OwnerId == ownerId && c.Status == CircuitStatus.Active));
        }
    }

    public void Add(Circuit circuit) => unitOfWork.Insert(Database.Circuits, circuit);
}
