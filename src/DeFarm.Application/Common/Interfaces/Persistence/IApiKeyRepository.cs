using DeFarm.Domain.ApiKeys;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>Partner API keys; at most one key per secret hash, enforced by the store.</summary>
public interface IApiKeyRepository
{
    /// <summary>The key, tracked (for revocation).</summary>
    Task<ApiKey?> GetByIdAsync(Guid keyId, CancellationToken cancellationToken);

    /// <summary>The key whose secret hashes to <paramref name="keyHash"/>, untracked (authentication).</summary>
    Task<ApiKey?> FindByHashAsync(string keyHash, CancellationToken cancellationToken);

    /// <summary>The owner's keys, newest first, revoked ones included, untracked.</summary>
    Task<IReadOnlyList<ApiKey>> ListOwnedAsync(string ownerId, CancellationToken cancellationToken);

    void Add(ApiKey key);
}
