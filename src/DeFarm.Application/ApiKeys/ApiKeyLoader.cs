using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.ApiKeys;
using DeFarm.Domain.Users;

namespace DeFarm.Application.ApiKeys;

internal static class ApiKeyLoader
{
    /// <summary>The caller's key, tracked; 404 for a malformed id, an unknown key or someone else's.</summary>
    public static async Task<ApiKey> LoadOwnedAsync(
        IApiKeyRepository keys, string keyId, UserAccount caller, CancellationToken cancellationToken)
    {
        var key = Guid.TryParse(keyId, out var id) ? await keys.GetByIdAsync(id, cancellationToken) : null;
        return key is not null && key.OwnerId == caller.Id ? key : throw ApiKeyErrors.NotFound();
    }
}
