using System.Text.Json.Nodes;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Items.Commands.CreateItem;

/// <summary>
/// The legacy create path (engines-api.md §3.1): resolve to an existing item through any identifier it
/// already carries, else mint a DFID. Conflicts are kept as pending items and answered with 400.
/// </summary>
public sealed record CreateItemCommand : ICommand<ItemResponse>, IRetryOnConcurrentUpdate
{
    public IReadOnlyList<IdentifierDto> Identifiers { get; init; } = [];
    public JsonObject? EnrichedData { get; init; }

    /// <summary>Provenance id (a UUID); a new one is generated when absent.</summary>
    public string? SourceEntry { get; init; }

    internal Guid ParseSourceEntry() =>
        SourceEntry is null ? Guid.NewGuid()
        : Guid.TryParse(SourceEntry, out var parsed) ? parsed
        : throw RequestValidationException.ForField("source_entry", "Invalid source entry UUID");
}

internal sealed class CreateItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IPendingItemRepository pendingItems,
    ItemRegistrar.Factory registrars,
    TimeProvider clock) : ICommandHandler<CreateItemCommand, ItemResponse>
{
    public async ValueTask<ItemResponse> Handle(CreateItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var sourceEntry = command.ParseSourceEntry();
        var identifiers = command.Identifiers.Select(i => i.ToIdentifier()).ToList();

        var registrar = await registrars.BeginAsync(caller, [identifiers], now, cancellationToken);
        var result = await registrar.RegisterAsync(identifiers, command.EnrichedData, sourceEntry, cancellationToken);
        if (result.Conflict is { } conflict)
        {
            var pending = new PendingItem(
                identifiers, command.EnrichedData, sourceEntry, conflict.Reason, conflict.Details, caller.Id,
                caller.WorkspaceId, now);
            pendingItems.Add(pending);
            throw new ItemPendingReviewException(pending);
        }

        return ItemResponse.From(result.Item!);
    }
}
