using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.ApiKeys.Queries.ListApiKeys;

/// <summary>The caller's API keys, newest first, revoked ones included (inactive).</summary>
public sealed record ListApiKeysQuery : IQuery<IReadOnlyList<ApiKeyResponse>>;

internal sealed class ListApiKeysQueryHandler(
    ICurrentUser currentUser, IUserRepository users, IApiKeyRepository keys, IApiKeyUsage usage)
    : IQueryHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyResponse>>
{
    public async ValueTask<IReadOnlyList<ApiKeyResponse>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var owned = await keys.ListOwnedAsync(caller.Id, cancellationToken);
        var lastUsed = await usage.LastUsedAsync(owned.Select(k => k.Id).ToList(), cancellationToken);
        return owned.Select(k => ApiKeyResponse.From(k, lastUsed.TryGetValue(k.Id, out var at) ? at : null)).ToList();
    }
}
