using DeFarm.Application.Common;
using DeFarm.Application.Common.Exceptions;
using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Items;

/// <summary>Why a create request cannot become an item yet (engines-api.md §3.1).</summary>
internal sealed record ItemConflict(PendingReason Reason, string Details)
{
    /// <summary>The reason as the original names it, then the details.</summary>
    public string Describe() => $"{PendingItemResponse.ReasonText(Reason)}: {Details}";

    /// <summary>
    /// The failure for a caller who does not keep conflicts as pending items: an identifier already on several
    /// items is a 409, anything else about the request itself a 400.
    /// </summary>
    public Exception ToException() => Reason == PendingReason.ConflictingDfids
        ? new ConflictException("identifier_conflict", Describe())
        : new Domain.Common.BusinessRuleException("invalid_item", Describe());
}

/// <summary>
/// What registering an item came to: the new (<paramref name="Minted"/>) or enriched item, or the conflict that
/// stopped it.
/// </summary>
internal sealed record ItemRegistrationResult(Item? Item, ItemConflict? Conflict, bool Minted = false);

/// <summary>
/// The legacy create rules (engines-api.md §3.1), shared by <c>POST /api/items</c>, the bulk import and the
/// approval of a pending item: detect conflicts, else resolve to the caller's existing item through any identifier
/// it already carries, else mint a DFID. What to do with a conflict is the caller's choice.
/// <para>
/// Every minted item is charged to the caller (<see cref="CreditCharger"/>), so commands using a registrar are
/// <c>IRetryOnConcurrentUpdate</c>. One registrar serves one unit of work. It locks every identifier it will look at before looking, so two
/// requests registering the same new identifier cannot both mint an item; it looks all of them up in one query;
/// and it remembers what it registered, so a later request of the same import resolves to an item minted by an
/// earlier one.
/// </para>
/// </summary>
internal sealed class ItemRegistrar
{
    private readonly IItemRepository _items;
    private readonly ItemLoader _itemLoader;
    private readonly IDfidGenerator _dfids;
    private readonly CreditCharger _charger;
    private readonly UserAccount _caller;
    private readonly DateTimeOffset _now;
    private readonly Dictionary<IdentifierMatch, List<string>> _holders;
    private readonly bool _identifiersRequired;
    private readonly Queue<Dfid> _reservedDfids = new();
    private int _requestsLeft;
    private int? _createdThisMonth;

    private ItemRegistrar(
        IItemRepository items, ItemLoader itemLoader, IDfidGenerator dfids, CreditCharger charger, UserAccount caller,
        DateTimeOffset now, Dictionary<IdentifierMatch, List<string>> holders, int requestCount,
        bool identifiersRequired)
    {
        (_items, _itemLoader, _dfids, _charger, _caller, _now, _holders, _requestsLeft) =
            (items, itemLoader, dfids, charger, caller, now, holders, requestCount);
        _identifiersRequired = identifiersRequired;
    }

    /// <summary>Starts registrations in the scope's unit of work.</summary>
    internal sealed class Factory(
        IItemRepository items, ItemLoader itemLoader, IDfidGenerator dfids, IUnitOfWork unitOfWork, CreditCharger charger)
    {
        /// <summary>Locks and looks up every identifier of the <paramref name="requests"/> about to be registered.</summary>
        /// <param name="identifiersRequired">
        /// Whether a request without identifiers is a conflict (the engines create rules), or simply a new item (the
        /// web front end describes items by value chain, country and year and may name no identifier, ADR-018).
        /// </param>
        public async Task<ItemRegistrar> BeginAsync(
            UserAccount caller, IReadOnlyList<IReadOnlyList<Identifier>> requests, DateTimeOffset now,
            CancellationToken cancellationToken, bool identifiersRequired = true)
        {
            var identifiers = requests.SelectMany(r => r).DistinctBy(IdentifierMatch.Of).ToList();
            await unitOfWork.LockAsync(LockKeys.ForIdentifiers(identifiers), cancellationToken);
            var holders = await items.FindHoldersAsync(identifiers, cancellationToken);
            var holdersByMatch = identifiers
                .Select((identifier, index) => (Match: IdentifierMatch.Of(identifier), Dfids: holders[index].ToList()))
                .ToDictionary(h => h.Match, h => h.Dfids);
            return new ItemRegistrar(
                items, itemLoader, dfids, charger, caller, now, holdersByMatch, requests.Count, identifiersRequired);
        }
    }

    public async Task<ItemRegistrationResult> RegisterAsync(
        List<Identifier> identifiers, JsonObject? enrichedData, Guid sourceEntry, CancellationToken cancellationToken)
    {
        _requestsLeft--;
        var holders = identifiers.Select(i => (Identifier: i, Dfids: HoldersOf(i))).ToList();
        if (FindConflict(identifiers, holders, enrichedData, _identifiersRequired) is { } conflict)
        {
            return new ItemRegistrationResult(null, conflict);
        }

        identifiers.ForEach(identifier => identifier.EnsureValid());
        var item = await FindExistingAsync(holders, cancellationToken);
        var minted = item is null;
        if (item is not null)
        {
            item.AddIdentifiers(identifiers, _now);
            if (enrichedData is not null)
            {
                item.Enrich(enrichedData, null, sourceEntry, _now);
            }
        }
        else
        {
            await EnsureWithinMonthlyLimitAsync(cancellationToken);
            item = Item.CreateWithDfid(
                await NextDfidAsync(cancellationToken), identifiers, enrichedData, sourceEntry, _caller.Id,
                _caller.WorkspaceId, _now);
            _items.Add(item);
            _charger.Charge(_caller, ChargedOperation.ItemCreation, item.Dfid);
        }

        RememberHolder(item, identifiers);
        return new ItemRegistrationResult(item, null, minted);
    }

    private List<string> HoldersOf(Identifier identifier) =>
        _holders.TryGetValue(IdentifierMatch.Of(identifier), out var dfids) ? dfids : [];

    /// <summary>Later requests of this unit of work see the item as carrying these identifiers, as the store will.</summary>
    private void RememberHolder(Item item, List<Identifier> identifiers)
    {
        foreach (var match in identifiers.Select(IdentifierMatch.Of))
        {
            if (!_holders.TryGetValue(match, out var dfids))
            {
                _holders[match] = dfids = [];
            }

            if (!dfids.Contains(item.Dfid))
            {
                dfids.Add(item.Dfid);
            }
        }
    }

    /// <summary>
    /// The caller's item already carrying one of the identifiers. Every match is checked, not only the first:
    /// appending another owner's identifier to the caller's item would put it on two items and send that owner's
    /// later creates to pending review.
    /// </summary>
    private async Task<Item?> FindExistingAsync(
        List<(Identifier Identifier, List<string> Dfids)> holders, CancellationToken cancellationToken)
    {
        Item? existing = null;
        foreach (var (identifier, holderDfids) in holders.Where(h => h.Dfids.Count == 1))
        {
            var holder = await _itemLoader.LoadIdentifierHolderAsync(
                holderDfids[0], identifier, _caller, cancellationToken);
            existing ??= holder;
        }

        return existing;
    }

    /// <summary>403 once the caller created their tier's items for this calendar month, UTC (decision 19).</summary>
    private async Task EnsureWithinMonthlyLimitAsync(CancellationToken cancellationToken)
    {
        if (_caller.Limits.MaxItemsPerMonth is not { } limit)
        {
            return;
        }

        _createdThisMonth ??= await ItemTierLimit.CountCreatedThisMonthAsync(_items, _caller, _now, cancellationToken);
        if (_createdThisMonth >= limit)
        {
            throw ItemErrors.TierLimitReached(limit);
        }

        _createdThisMonth++;
    }

    /// <summary>
    /// DFIDs are reserved for every request still to come, so an import of a thousand new items asks the sequence
    /// once. Numbers left over (requests that resolved to existing items) are skipped, as after a failed command.
    /// </summary>
    private async Task<Dfid> NextDfidAsync(CancellationToken cancellationToken)
    {
        if (_reservedDfids.Count == 0)
        {
            foreach (var dfid in await _dfids.NextAsync(_requestsLeft + 1, cancellationToken))
            {
                _reservedDfids.Enqueue(dfid);
            }
        }

        return _reservedDfids.Dequeue();
    }

    /// <summary>The conflict rules of engines-api.md §3.1, in order; the first hit wins.</summary>
    private static ItemConflict? FindConflict(
        List<Identifier> identifiers, List<(Identifier Identifier, List<string> Dfids)> holders,
        JsonObject? enrichedData, bool identifiersRequired)
    {
        if (identifiersRequired && identifiers.Count == 0)
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
