using System.Text.Json.Nodes;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Items;

/// <summary>Why a create request cannot become an item yet (engines-api.md §3.1).</summary>
internal sealed record ItemConflict(PendingReason Reason, string Details);

/// <summary>What registering an item came to: the new or enriched item, or the conflict that stopped it.</summary>
internal sealed record ItemRegistrationResult(Item? Item, ItemConflict? Conflict);

/// <summary>
/// The legacy create rules (engines-api.md §3.1), shared by <c>POST /api/items</c> and the approval of a pending
/// item: detect conflicts, else resolve to the caller's existing item through any identifier it already carries,
/// else mint a DFID. What to do with a conflict is the caller's choice.
/// </summary>
internal static class ItemRegistration
{
    public static async Task<ItemRegistrationResult> RegisterAsync(
        IItemRepository items, IDfidGenerator dfids, UserAccount caller, List<Identifier> identifiers,
        JsonObject? enrichedData, Guid sourceEntry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var holders = await FindHoldersAsync(items, identifiers, cancellationToken);
        if (FindConflict(identifiers, holders, enrichedData) is { } conflict)
        {
            return new ItemRegistrationResult(null, conflict);
        }

        identifiers.ForEach(identifier => identifier.EnsureValid());
        // Every match is checked, not only the first: appending another owner's identifier to the caller's item
        // would put it on two items and send that owner's later creates to pending review.
        Item? existing = null;
        foreach (var (identifier, holderDfids) in holders.Where(h => h.Dfids.Count == 1))
        {
            var holder = await ItemLoader.LoadIdentifierHolderAsync(
                items, holderDfids[0], identifier, caller, cancellationToken);
            existing ??= holder;
        }

        if (existing is not null)
        {
            existing.AddIdentifiers(identifiers, now);
            if (enrichedData is not null)
            {
                existing.Enrich(enrichedData, null, sourceEntry, now);
            }

            return new ItemRegistrationResult(existing, null);
        }

        await ItemTierLimit.EnsureWithinMonthlyLimitAsync(items, caller, now, cancellationToken);
        var item = Item.CreateWithDfid(
            await dfids.NextAsync(cancellationToken), identifiers, enrichedData, sourceEntry, caller.Id,
            caller.WorkspaceId, now);
        items.Add(item);
        return new ItemRegistrationResult(item, null);
    }

    /// <summary>For each identifier, in request order, the tokenized items already carrying it.</summary>
    private static async Task<List<(Identifier Identifier, IReadOnlyList<string> Dfids)>> FindHoldersAsync(
        IItemRepository items, List<Identifier> identifiers, CancellationToken cancellationToken)
    {
        var holders = new List<(Identifier, IReadOnlyList<string>)>();
        foreach (var identifier in identifiers)
        {
            holders.Add((identifier, await items.FindDfidsWithIdentifierAsync(identifier, cancellationToken)));
        }

        return holders;
    }

    /// <summary>The conflict rules of engines-api.md §3.1, in order; the first hit wins.</summary>
    private static ItemConflict? FindConflict(
        List<Identifier> identifiers, List<(Identifier Identifier, IReadOnlyList<string> Dfids)> holders,
        JsonObject? enrichedData)
    {
        if (identifiers.Count == 0)
        {
            return new ItemConflict(PendingReason.NoIdentifiers, "no identifiers given");
        }

        if (identifiers.FirstOrDefault(i => string.IsNullOrWhiteSpace(i.Key) || string.IsNullOrWhiteSpace(i.Value)) is { } blank)
        {
            return new ItemConflict(PendingReason.InvalidIdentifiers, $"Invalid identifier: {blank.Key}:{blank.Value}");
        }

        if (holders.FirstOrDefault(h => h.Dfids.Count > 1) is { Identifier: not null } shared)
        {
            // Only the count: the DFIDs may be other owners' items.
            return new ItemConflict(
                PendingReason.ConflictingDfids, $"{shared.Identifier.UniqueKey} is on {shared.Dfids.Count} items");
        }

        return Domain.Items.EnrichedData.FindQualityIssue(enrichedData) is { } issue
            ? new ItemConflict(PendingReason.DataQualityIssue, issue)
            : null;
    }
}
