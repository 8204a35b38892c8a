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
}
