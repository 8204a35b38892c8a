using DeFarm.Domain.Storage;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>
/// Admin adapter configurations. Names are unique, and so is the default of each adapter type: a commit that
/// would break either fails with 409.
/// </summary>
public interface IAdapterConfigRepository
{
    Task<AdapterConfig?> GetByIdAsync(Guid configId, CancellationToken cancellationToken);

    /// <summary>The default configuration of <paramref name="adapterType"/>, tracked, if one is set.</summary>
    Task<AdapterConfig?> GetDefaultAsync(AdapterType adapterType, CancellationToken cancellationToken);

    /// <summary>Every configuration, oldest first (read-only copies).</summary>
    Task<IReadOnlyList<AdapterConfig>> ListAsync(CancellationToken cancellationToken);

    void Add(AdapterConfig config);

    /// <summary>Stages the removal of a configuration loaded in this request.</summary>
    void Remove(AdapterConfig config);
}
