using System.Text.Json.Nodes;
using DeFarm.Application.Common;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Items;

/// <summary>
/// The engines item shape (engines-api.md §4.4): timestamps in Unix seconds, status as the original renders
/// it (<c>MergedInto("&lt;lid&gt;")</c> for merged local items).
/// </summary>
public sealed record ItemResponse(
    string Dfid,
    IReadOnlyList<IdentifierDto> Identifiers,
    JsonObject EnrichedData,
    long CreationTimestamp,
    long LastModified,
    IReadOnlyList<string> SourceEntries,
    string Status)
{
    public static ItemResponse From(Item item) => new(
        item.Dfid,
        item.Identifiers.Select(IdentifierDto.From).ToList(),
        (JsonObject)item.EnrichedData.DeepClone(),
        UnixTime.Seconds(item.CreatedAt),
        UnixTime.Seconds(item.LastModified),
        item.SourceEntries.Select(s => s.EntryId.ToString()).ToList(),
        StatusText(item));

    public static string StatusText(Item item) => StatusText(item.Status, item.MergedIntoLocalId);

    /// <summary>The status as the engines render it, for readers that have the columns rather than the item.</summary>
    public static string StatusText(ItemStatus status, Guid? mergedIntoLocalId) => status == ItemStatus.MergedInto
        ? $"MergedInto(\"{mergedIntoLocalId}\")"
        : status.ToString();
}
