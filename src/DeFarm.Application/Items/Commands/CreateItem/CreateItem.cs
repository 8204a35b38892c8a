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
public sealed record CreateItemCommand : ICommand<ItemResponse>
{
    public IReadOnlyList<IdentifierDto> Identifiers { get; init; } = [];
    public JsonObject? EnrichedData { get; init; }

    /// <summary>Provenance id (a UUID); a new one is generated when absent.</summary>
    public string? SourceEntry { get; init; }
}

internal sealed class CreateItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IItemRepository items,
    IPendingItemRepository pendingItems,
    IDfidGenerator dfids,
    TimeProvider clock) : ICommandHandler<CreateItemCommand, ItemResponse>
{
    public async ValueTask<ItemResponse> Handle(CreateItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var sourceEntry = ParseSourceEntry(command.SourceEntry);
        var identifiers = command.Identifiers.Select(i => i.ToIdentifier()).ToList();

        var result = await ItemRegistration.RegisterAsync(
            items, dfids, caller, identifiers, command.EnrichedData, sourceEntry, now, cancellationToken);
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

    private static Guid ParseSourceEntry(string? sourceEntry) =>
        sourceEntry is null ? Guid.NewGuid()
        : Guid.TryParse(sourceEntry, out var parsed) ? parsed
        : throw RequestValidationException.ForField("source_entry", "Invalid source entry UUID");
}
