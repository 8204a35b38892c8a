using System.Text.Json.Nodes;
using DeFarm.Application.Common;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Items;

/// <summary>
/// The engines pending-item shape (engines-api.md §4.4). <c>metadata</c> is empty while the item waits for
/// review; once resolved it carries <c>status</c> and, when approved, the <c>dfid</c> it became.
/// </summary>
public sealed record PendingItemResponse(
    Guid Id,
    IReadOnlyList<IdentifierDto> Identifiers,
    JsonObject? EnrichedData,
    string SourceEntry,
    string Reason,
    string ReasonDetails,
    int Priority,
    long CreatedAt,
    IReadOnlyDictionary<string, string> Metadata)
{
    public static PendingItemResponse From(PendingItem pending) => new(
        pending.Id,
        pending.Identifiers.Select(IdentifierDto.From).ToList(),
        pending.EnrichedData?.DeepClone().AsObject(),
        pending.SourceEntry.ToString(),
        ReasonText(pending.Reason),
        pending.ReasonDetails,
        pending.Priority,
        UnixTime.Seconds(pending.CreatedAt),
        MetadataOf(pending));

    /// <summary>The reason as the original names it (its Debug text), e.g. <c>ConflictingDFIDs</c>.</summary>
    public static string ReasonText(PendingReason reason) => reason switch
    {
        PendingReason.ConflictingDfids => "ConflictingDFIDs",
        _ => reason.ToString(),
    };

    private static Dictionary<string, string> MetadataOf(PendingItem pending)
    {
        var metadata = new Dictionary<string, string>();
        if (pending.IsResolved)
        {
            metadata["status"] = pending.Status.ToString();
        }

        if (pending.ResolvedDfid is { } dfid)
        {
            metadata["dfid"] = dfid;
        }

        return metadata;
    }
}
