using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfCircuitRepository(DeFarmDbContext db) : ICircuitRepository
{
    public Task<Circuit?> GetByIdAsync(Guid circuitId, CancellationToken cancellationToken) =>
        db.Circuits.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == circuitId, cancellationToken);

    public Task<Circuit?> GetBySlugAsync(string slug, CancellationToken cancellationToken) =>
        db.Circuits.AsSplitQuery().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);

    public Task<int> CountActiveOwnedByAsync(string ownerId, CancellationToken cancellationToken) =>
        db.Circuits.CountAsync(c => c.OwnerId == ownerId && c.Status == CircuitStatus.Active, cancellationToken);

    public void Add(Circuit circuit) => db.Circuits.Add(circuit);
}
