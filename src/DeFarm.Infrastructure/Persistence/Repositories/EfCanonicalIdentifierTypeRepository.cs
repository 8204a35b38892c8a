using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfCanonicalIdentifierTypeRepository(DeFarmDbContext db) : ICanonicalIdentifierTypeRepository
{
    public Task<CanonicalIdentifierType?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        db.CanonicalIdentifierTypes.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public Task<bool> ExistsAsync(string valueChain, string identifierType, CancellationToken cancellationToken) =>
        db.CanonicalIdentifierTypes.AnyAsync(
            t => t.ValueChain == valueChain && t.IdentifierType == identifierType, cancellationToken);

    public async Task<IReadOnlyList<CanonicalIdentifierType>> ListAsync(string valueChain, CancellationToken cancellationToken) =>
        await db.CanonicalIdentifierTypes.AsNoTracking()
            .Where(t => t.ValueChain == valueChain)
            .OrderBy(t => t.IdentifierType)
            .ToListAsync(cancellationToken);

    public void Add(CanonicalIdentifierType type) => db.CanonicalIdentifierTypes.Add(type);
}
