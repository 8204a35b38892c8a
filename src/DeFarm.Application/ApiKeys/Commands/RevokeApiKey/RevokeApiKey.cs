using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.ApiKeys.Commands.RevokeApiKey;

/// <summary>Revokes one of the caller's keys: from now on it authenticates nothing. Other users' keys are 404.</summary>
public sealed record RevokeApiKeyCommand(string KeyId) : ICommand<ApiKeyResponse>, IRetryOnConcurrentUpdate;

internal sealed class RevokeApiKeyCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IApiKeyRepository keys,
    TimeProvider clock) : ICommandHandler<RevokeApiKeyCommand, ApiKeyResponse>
{
    public async ValueTask<ApiKeyResponse> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var key = await ApiKeyLoader.LoadOwnedAsync(keys, command.KeyId, caller, cancellationToken);
        key.Revoke(clock.GetUtcNow());
        return ApiKeyResponse.From(key, lastUsedAt: null);
    }
}
