using System.Text.Json.Nodes;
using DeFarm.Domain.Audit;

namespace DeFarm.Application.Audit;

/// <summary>One audit entry as the front end reads it (spa-contract §2.7 U1).</summary>
public sealed record AuditLogEntryResponse(
    Guid Id,
    string Action,
    string ResourceType,
    string ResourceId,
    string UserId,
    string Hash,
    string? PreviousHash,
    JsonNode? Changes,
    DateTimeOffset CreatedAt)
{
    public static AuditLogEntryResponse From(AuditEntry entry) => new(
        entry.Id, entry.Action, entry.ResourceType, entry.ResourceId, entry.UserId, entry.Hash, entry.PreviousHash,
        ChangesOf(entry), entry.CreatedAt);

    /// <summary>The stored changes; their raw text if they are not JSON any more (verification reports that).</summary>
    private static JsonNode? ChangesOf(AuditEntry entry)
    {
        try
        {
            return JsonNode.Parse(entry.Changes);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(entry.Changes);
        }
    }
}
