using System.Text.Json.Nodes;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;
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

        var holders = await FindHoldersAsync(identifiers, cancellationToken);
        if (FindConflict(identifiers, holders, command.EnrichedData) is { } conflict)
        {
            var pending = new PendingItem(
                identifiers, command.EnrichedData, sourceEntry, conflict.Reason, conflict.Details, caller.Id,
                caller.WorkspaceId, now);
            pendingItems.Add(pending);
            throw new ItemPendingReviewException(pending);
        }

        identifiers.ForEach(identifier => identifier.EnsureValid());
        // Every match is checked, not only the first: appending another owner's identifier to the caller's item
        // would put it on two items and send that owner's later creates to pending review.
        Item? existing = null;
        foreach (var (identifier, dfids) in holders.Where(h => h.Dfids.Count == 1))
        {
            var holder = await items.GetByDfidAsync(dfids[0], cancellationToken);
            if (holder is null || !ItemAccess.CanChange(holder, caller))
            {
                throw ItemErrors.IdentifierTaken(identifier);
            }

            existing ??= holder;
        }

        if (existing is not null)
        {
            existing.AddIdentifiers(identifiers, now);
            if (command.EnrichedData is not null)
            {
                existing.Enrich(command.EnrichedData, null, sourceEntry, now);
            }

            return ItemResponse.From(existing);
        }

        await EnsureWithinMonthlyLimitAsync(caller, now, cancellationToken);
        var item = Item.CreateWithDfid(
            await dfids.NextAsync(cancellationToken), identifiers, command.EnrichedData, sourceEntry, caller.Id,
            caller.WorkspaceId, now);
        items.Add(item);
        return ItemResponse.From(item);
    }

    private static Guid ParseSourceEntry(string? sourceEntry) =>
        sourceEntry is null ? Guid.NewGuid()
        : Guid.TryParse(sourceEntry, out var parsed) ? parsed
        : throw RequestValidationException.ForField("source_entry", "Invalid source entry UUID");

    /// <summary>For each identifier, in request order, the tokenized items already carrying it.</summary>
    private async Task<List<(Identifier Identifier, IReadOnlyList<string> Dfids)>> FindHoldersAsync(
        List<Identifier> identifiers, CancellationToken cancellationToken)
    {
        var holders = new List<(Identifier, IReadOnlyList<string>)>();
        foreach (var identifier in identifiers)
        {
            holders.Add((identifier, await items.FindDfidsWithIdentifierAsync(identifier, cancellationToken)));
        }

        return holders;
    }

    /// <summary>The conflict rules of engines-api.md §3.1, in order; the first hit wins.</summary>
    private static (PendingReason Reason, string Details)? FindConflict(
        List<Identifier> identifiers, List<(Identifier Identifier, IReadOnlyList<string> Dfids)> holders,
        JsonObject? enrichedData)
    {
        if (identifiers.Count == 0)
        {
            return (PendingReason.NoIdentifiers, "no identifiers given");
        }

        if (identifiers.FirstOrDefault(i => string.IsNullOrWhiteSpace(i.Key) || string.IsNullOrWhiteSpace(i.Value)) is { } blank)
        {
            return (PendingReason.InvalidIdentifiers, $"Invalid identifier: {blank.Key}:{blank.Value}");
        }

        if (holders.FirstOrDefault(h => h.Dfids.Count > 1) is { Identifier: not null } shared)
        {
            // Only the count: the DFIDs may be other owners' items.
            return (PendingReason.ConflictingDfids, $"{shared.Identifier.UniqueKey} is on {shared.Dfids.Count} items");
        }

        return Domain.Items.EnrichedData.FindQualityIssue(enrichedData) is { } issue
            ? (PendingReason.DataQualityIssue, issue)
            : null;
    }

    private async Task EnsureWithinMonthlyLimitAsync(UserAccount caller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (caller.Limits.MaxItemsPerMonth is not { } limit)
        {
            return;
        }

        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        if (await items.CountCreatedSinceAsync(caller.Id, monthStart, cancellationToken) >= limit)
        {
            throw ItemErrors.TierLimitReached(limit);
        }
    }
}
