using System.Text.Json.Nodes;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.Items;

/// <summary>
/// A tracked thing (an animal, a lot): its permanent id (a DFID, or <c>LID-&lt;uuid&gt;</c> while it is local to a
/// workspace), the identifiers it is known by, its attributes, provenance and lifecycle. Every item records who
/// created it and in which workspace, which decides who may see and change it.
/// </summary>
public sealed class Item
{
    public const string LocalPrefix = "LID-";

    private readonly List<Identifier> _identifiers = [];
    private readonly List<ExternalAlias> _aliases = [];
    private readonly List<SourceEntry> _sourceEntries = [];

    private Item()
    {
    }

    private Item(string dfid, Guid? localId, bool legacyMode, string createdBy, string? workspaceId, DateTimeOffset now)
    {
        Dfid = dfid;
        LocalId = localId;
        LegacyMode = legacyMode;
        CreatedBy = createdBy;
        WorkspaceId = workspaceId;
        CreatedAt = now;
        LastModified = now;
        Status = ItemStatus.Active;
    }

    public string Dfid { get; private set; } = string.Empty;
    public Guid? LocalId { get; private set; }
    public bool LegacyMode { get; private set; }
    public IReadOnlyList<Identifier> Identifiers => _identifiers;
    public IReadOnlyList<ExternalAlias> Aliases => _aliases;
    public string? Fingerprint { get; private set; }
    public JsonObject EnrichedData { get; private set; } = [];
    public IReadOnlyList<SourceEntry> SourceEntries => _sourceEntries;
    public double ConfidenceScore { get; private set; } = 1.0;
    public ItemStatus Status { get; private set; }

    /// <summary>For <see cref="ItemStatus.MergedInto"/>: the LID of the local item this one was merged into.</summary>
    public Guid? MergedIntoLocalId { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;
    public string? WorkspaceId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastModified { get; private set; }

    public bool IsLocal => Dfid.StartsWith(LocalPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The legacy path (<c>POST /api/items</c>): a new item with a freshly minted DFID. Identifiers must be valid
    /// (decision 8) and the data free of blank keys and null values.
    /// </summary>
    public static Item CreateWithDfid(
        Dfid dfid, IEnumerable<Identifier> identifiers, JsonObject? enrichedData, Guid sourceEntry,
        string createdBy, string? workspaceId, DateTimeOffset now)
    {
        var item = new Item(dfid.Value, localId: null, legacyMode: true, createdBy, workspaceId, now);
        item.AddIdentifiers(identifiers, now);
        item._sourceEntries.Add(new SourceEntry(sourceEntry, now));
        EnsureStorable(enrichedData);
        Domain.Items.EnrichedData.MergeInto(item.EnrichedData, enrichedData);
        return item;
    }

    /// <summary>
    /// Tokenization of a local item (push-local, engines-api.md §3.3): a new item with a freshly minted DFID that
    /// remembers its LID, not legacy. Identifiers must be valid and the data storable, as for every item.
    /// </summary>
    public static Item CreateTokenized(
        Dfid dfid, Guid localId, IEnumerable<Identifier> identifiers, JsonObject? enrichedData, Guid sourceEntry,
        string createdBy, string? workspaceId, DateTimeOffset now)
    {
        var item = new Item(dfid.Value, localId, legacyMode: false, createdBy, workspaceId, now);
        item.AddIdentifiers(identifiers, now);
        item._sourceEntries.Add(new SourceEntry(sourceEntry, now));
        EnsureStorable(enrichedData);
        Domain.Items.EnrichedData.MergeInto(item.EnrichedData, enrichedData);
        return item;
    }

    /// <summary>Records a name an outside party gave this item (the pusher's alias on tokenization).</summary>
    public void AddAlias(ExternalAlias alias, DateTimeOffset now)
    {
        _aliases.Add(alias);
        LastModified = now;
    }

    /// <summary>Adds the identifiers this item does not carry yet (by full equality), after validating each.</summary>
    public void AddIdentifiers(IEnumerable<Identifier> identifiers, DateTimeOffset now)
    {
        foreach (var identifier in identifiers)
        {
            identifier.EnsureValid();
            if (!_identifiers.Contains(identifier))
            {
                // A copy: EF Core tracks owned rows by instance, so one instance on two items would be moved, not copied.
                _identifiers.Add(identifier with { });
            }
        }

        LastModified = now;
    }

    /// <summary>Merges attributes over the current ones (new values win) and records where they came from.</summary>
    public void Enrich(JsonObject? enrichedData, IEnumerable<Identifier>? identifiers, Guid sourceEntry, DateTimeOffset now)
    {
        EnsureModifiable();
        EnsureStorable(enrichedData);
        AddIdentifiers(identifiers ?? [], now);
        Domain.Items.EnrichedData.MergeInto(EnrichedData, enrichedData);
        _sourceEntries.Add(new SourceEntry(sourceEntry, now));
        LastModified = now;
    }

    /// <summary>Marks the item deprecated; nothing is deleted. Deprecating twice is harmless.</summary>
    public void Deprecate(DateTimeOffset now)
    {
        Status = ItemStatus.Deprecated;
        LastModified = now;
    }

    /// <summary>
    /// Takes the item out of use and keeps it for the record; nothing is deleted. Archiving twice is harmless; a
    /// merged item keeps its status, since it already lives on in the item it was merged into.
    /// </summary>
    public void Archive(DateTimeOffset now)
    {
        EnsureModifiable();
        Status = ItemStatus.Archived;
        LastModified = now;
    }

    /// <summary>
    /// Replaces every attribute with <paramref name="enrichedData"/> (keys left out are removed) and records where
    /// the new attributes came from. Identifiers are not touched.
    /// </summary>
    public void ReplaceEnrichedData(JsonObject enrichedData, Guid sourceEntry, DateTimeOffset now)
    {
        EnsureModifiable();
        EnsureStorable(enrichedData);
        EnrichedData = [];
        Domain.Items.EnrichedData.MergeInto(EnrichedData, enrichedData);
        _sourceEntries.Add(new SourceEntry(sourceEntry, now));
        LastModified = now;
    }

    /// <summary>
    /// Folds <paramref name="secondary"/> into this item (engines-api.md §3.6): its identifiers (no duplicates),
    /// attributes (the secondary's win on a clash) and provenance are added, the confidence is averaged, and the
    /// secondary is marked <see cref="ItemStatus.Merged"/>.
    /// </summary>
    public void MergeFrom(Item secondary, DateTimeOffset now)
    {
        if (secondary.Dfid == Dfid)
        {
            throw new BusinessRuleException("merge_into_self", $"Cannot merge item {Dfid} into itself");
        }

        EnsureModifiable();
        if (secondary.Status is ItemStatus.Merged or ItemStatus.MergedInto)
        {
            throw new BusinessRuleException("item_merged", $"Item {secondary.Dfid} was already merged into another item");
        }

        // Copies, not the secondary's instances: an owned value belongs to exactly one item.
        foreach (var identifier in secondary._identifiers.Where(i => !_identifiers.Contains(i)))
        {
            _identifiers.Add(identifier with { });
        }

        Domain.Items.EnrichedData.MergeInto(EnrichedData, secondary.EnrichedData);
        _sourceEntries.AddRange(secondary._sourceEntries.Select(entry => entry with { }));
        ConfidenceScore = (ConfidenceScore + secondary.ConfidenceScore) / 2;
        LastModified = now;
        secondary.Status = ItemStatus.Merged;
        secondary.LastModified = now;
    }

    /// <summary>
    /// Moves <paramref name="identifiers"/> (all carried by this item) to a new item with <paramref name="newDfid"/>
    /// and this item's first source entry, and marks this item <see cref="ItemStatus.Split"/> (engines-api.md §3.6).
    /// </summary>
    public Item SplitOff(
        Dfid newDfid, IReadOnlyCollection<Identifier> identifiers, string createdBy, string? workspaceId,
        DateTimeOffset now)
    {
        EnsureModifiable();
        if (identifiers.Count == 0)
        {
            throw new BusinessRuleException("split_without_identifiers", "Choose at least one identifier for the new item");
        }

        if (identifiers.FirstOrDefault(i => !_identifiers.Contains(i)) is { } missing)
        {
            throw new BusinessRuleException("identifier_not_on_item", $"Identifier '{missing.UniqueKey}' is not on item {Dfid}");
        }

        if (_sourceEntries.Count == 0)
        {
            throw new BusinessRuleException("item_without_source", $"Item {Dfid} has no source entry to give the new item");
        }

        var split = new Item(newDfid.Value, localId: null, legacyMode: true, createdBy, workspaceId, now);
        split._identifiers.AddRange(identifiers.Distinct().Select(i => i with { }));
        split._sourceEntries.Add(_sourceEntries[0] with { });
        _identifiers.RemoveAll(identifiers.Contains);
        Status = ItemStatus.Split;
        LastModified = now;
        return split;
    }

    private void EnsureModifiable()
    {
        if (Status is ItemStatus.Merged or ItemStatus.MergedInto)
        {
            throw new BusinessRuleException("item_merged", $"Item {Dfid} was merged into another item and can no longer change");
        }
    }

    private static void EnsureStorable(JsonObject? enrichedData)
    {
        if (Domain.Items.EnrichedData.FindQualityIssue(enrichedData) is { } issue)
        {
            throw new BusinessRuleException("invalid_enriched_data", issue);
        }
    }

    #region Local items (workspace-local, pre-tokenization; engines-api.md §3.2)

    /// <summary>
    /// A workspace-local item (<c>POST /api/items/local</c>): id <c>LID-&lt;lid&gt;</c>, not legacy. Identifiers must be
    /// valid (decision 8) and the data free of blank keys and null values; nothing is deduplicated.
    /// </summary>
    public static Item CreateLocal(
        Guid localId, IEnumerable<Identifier> identifiers, JsonObject? enrichedData, Guid sourceEntry,
        string createdBy, string? workspaceId, DateTimeOffset now)
    {
        var item = new Item(LocalPrefix + localId, localId, legacyMode: false, createdBy, workspaceId, now);
        item.AddIdentifiers(identifiers, now);
        item._sourceEntries.Add(new SourceEntry(sourceEntry, now));
        EnsureStorable(enrichedData);
        Domain.Items.EnrichedData.MergeInto(item.EnrichedData, enrichedData);
        return item;
    }

    /// <summary>
    /// Folds <paramref name="others"/> into this local item, in order: their data by <paramref name="strategy"/>, their
    /// distinct source entries, and each becomes <see cref="ItemStatus.MergedInto"/> this item. Identifiers are not
    /// merged. Every rule is checked before anything changes, so a refused merge leaves all items untouched.
    /// </summary>
    public void MergeLocal(IReadOnlyList<Item> others, MergeStrategy strategy, DateTimeOffset now)
    {
        EnsureStillLocal();
        EnsureNotMergedInto();
        foreach (var other in others)
        {
            if (ReferenceEquals(other, this) || other.Dfid == Dfid)
            {
                throw new BusinessRuleException("merge_into_itself", $"Cannot merge {LocalId} into itself");
            }

            other.EnsureStillLocal();
            other.EnsureNotMergedInto();
        }

        if (others.Select(o => o.Dfid).Distinct().Count() != others.Count)
        {
            throw new BusinessRuleException("merge_duplicate_item", "An item cannot be merged twice in one merge");
        }

        foreach (var other in others)
        {
            Domain.Items.EnrichedData.MergeByStrategy(EnrichedData, other.EnrichedData, strategy);
            foreach (var entry in other._sourceEntries.Where(e => _sourceEntries.All(mine => mine.EntryId != e.EntryId)))
            {
                _sourceEntries.Add(entry);
            }

            other.Status = ItemStatus.MergedInto;
            other.MergedIntoLocalId = LocalId;
            other.LastModified = now;
        }

        LastModified = now;
    }

    /// <summary>Makes a merged local item active again; the master's data is not rolled back.</summary>
    public void UnmergeLocal(DateTimeOffset now)
    {
        if (Status != ItemStatus.MergedInto)
        {
            throw new BusinessRuleException("not_merged", $"Cannot unmerge: {LocalId} is not merged into another item");
        }

        EnsureStillLocal();
        Status = ItemStatus.Active;
        MergedIntoLocalId = null;
        LastModified = now;
    }

    /// <summary>The first canonical identifier, which decides the duplicate group of a local item.</summary>
    public Identifier? FindFirstCanonicalIdentifier() => _identifiers.FirstOrDefault(i => i.Kind == IdentifierKind.Canonical);

    /// <summary>The refusal for a local item that became a DFID (pushed to a circuit).</summary>
    public static BusinessRuleException AlreadyTokenized(Guid? localId) =>
        new("already_tokenized", $"Cannot merge: {localId} has already been pushed to a circuit");

    private void EnsureStillLocal()
    {
        if (!IsLocal)
        {
            throw AlreadyTokenized(LocalId);
        }
    }

    private void EnsureNotMergedInto()
    {
        if (Status == ItemStatus.MergedInto)
        {
            throw new BusinessRuleException(
                "already_merged", $"Cannot merge: {LocalId} is already merged into {MergedIntoLocalId}");
        }
    }

    #endregion
}
