using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.ApiKeys;
using Mediator;

namespace DeFarm.Application.ApiKeys.Commands.CreateApiKey;

/// <summary>
/// Issues a partner API key for a circuit on which the caller is owner or holds ManagePermissions. The key acts
/// as the caller, within that circuit; its secret is answered once and stored only as a hash.
/// </summary>
public sealed record CreateApiKeyCommand : ICommand<CreatedApiKey>
{
    public string KeyName { get; init; } = string.Empty;
    public string CircuitId { get; init; } = string.Empty;
    public string? Description { get; init; }
    public int? ExpiresInDays { get; init; }
}

internal sealed class CreateApiKeyCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    IApiKeyRepository keys,
    TimeProvider clock) : ICommandHandler<CreateApiKeyCommand, CreatedApiKey>
{
    public async ValueTask<CreatedApiKey> Handle(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.ManageApiKeys, now, cancellationToken);
        var (key, secret) = ApiKey.Issue(caller.Id, circuit.Id, command.KeyName, command.Description, command.ExpiresInDays, now);
        keys.Add(key);
        return new CreatedApiKey(ApiKeyResponse.From(key, lastUsedAt: null), secret);
    }
}
