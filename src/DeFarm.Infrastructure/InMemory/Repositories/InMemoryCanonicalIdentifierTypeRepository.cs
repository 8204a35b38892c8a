using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryCanonicalIdentifierTypeRepository(InMemoryUnitOfWork unitOfWork) : ICanonicalIdentifierTypeRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<CanonicalIdentifierType?> GetByIdAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.CanonicalIdentifierTypes, id));

    public Task<bool> ExistsAsync(string valueChain, string identifierType, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            return Task.FromResult(Database.CanonicalIdentifierTypes.Rows
                .Any(t => t.ValueChain == valueChain && t.IdentifierType == identifierType));
        }
    }

    public Task<IReadOnlyList<CanonicalIdentifierType>> ListAsync(string valueChain, CancellationToken cancellationToken)
    {
        IReadOnlyList<CanonicalIdentifierType> listed = Database.Query(Database.CanonicalIdentifierTypes, rows => rows
            .Where(t => t.ValueChain == valueChain)
            .OrderBy(t => t.IdentifierType, StringComparer.Ordinal));
        return Task.FromResult(listed);
    }

    public void Add(CanonicalIdentifierType type) => unitOfWork.Insert(Database.CanonicalIdentifierTypes, type);
}
