using DeFarm.Domain.Items;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>The canonical identifier types of value chains; one per (value chain, identifier type), enforced by the store.</summary>
public interface ICanonicalIdentifierTypeRepository
{
    /// <summary>The type, tracked.</summary>
    Task<CanonicalIdentifierType?> GetByIdAsync(Guid id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string valueChain, string identifierType, CancellationToken cancellationToken);

    /// <summary>The value chain's types by identifier type, switched off ones included, untracked.</summary>
    Task<IReadOnlyList<CanonicalIdentifierType>> ListAsync(string valueChain, CancellationToken cancellationToken);

    void Add(CanonicalIdentifierType type);
}
