using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.Audit;

/// <summary>
/// One line of an audit chain: who did what to which resource, and when. Each entry's <see cref="Hash"/> is the
/// BLAKE3 hex of the previous entry's hash followed by this entry's canonical content, so changing, removing or
/// reordering a stored entry breaks every hash after it. Entries are never changed once written.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxActionLength = 50;
    public const int MaxResourceTypeLength = 50;
    public const int MaxResourceIdLength = 255;

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private AuditEntry()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The chain this entry extends: the actor's workspace, or the actor alone (<see cref="ChainOf"/>).</summary>
    public string Chain { get; private set; } = string.Empty;

    /// <summary>Position in its chain, from 1, without gaps.</summary>
    public long Sequence { get; private set; }

    public string Action { get; private set; } = string.Empty;
    public string ResourceType { get; private set; } = string.Empty;
    public string ResourceId { get; private set; } = string.Empty;
    public string UserId { get; private set; } = string.Empty;

    /// <summary>What changed, as canonical JSON text: hashed and stored byte for byte.</summary>
    public string Changes { get; private set; } = "{}";

    /// <summary>The hash of the entry before this one in its chain; <c>null</c> for the first.</summary>
    public string? PreviousHash { get; private set; }

    public string Hash { get; private set; } = string.Empty;

    /// <summary>Milliseconds precision (what the hash covers), never earlier than the entry before.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// The chain of an actor: their workspace when they have one (its members see each other's entries, as they
    /// see each other's local items), else a chain of their own.
    /// </summary>
    public static string ChainOf(string userId, string? workspaceId) =>
        workspaceId is null ? $"user:{userId}" : $"workspace:{workspaceId}";

    /// <summary>A new entry after <paramref name="head"/>, the newest entry of <paramref name="chain"/> (or none yet).</summary>
    public static AuditEntry Append(
        AuditEntry? head, string chain, string action, string resourceType, string resourceId, string userId,
        JsonObject? changes, DateTimeOffset now)
    {
        if (head is not null && head.Chain != chain)
        {
            throw new ArgumentException("An entry extends the head of its own chain", nameof(head));
        }

        var createdAt = TruncateToMilliseconds(now);
        var entry = new AuditEntry
        {
            Id = Guid.NewGuid(),
            Chain = chain,
            Sequence = (head?.Sequence ?? 0) + 1,
            Action = action,
            ResourceType = resourceType,
            ResourceId = resourceId,
            UserId = userId,
            Changes = CanonicalJson.Serialize(changes ?? []),
            PreviousHash = head?.Hash,
            CreatedAt = head is not null && head.CreatedAt > createdAt ? head.CreatedAt : createdAt,
        };
        entry.Hash = entry.ComputeHash() ?? throw new InvalidOperationException("Canonical changes always parse");
        return entry;
    }

    /// <summary>
    /// The hash this entry's stored content and previous hash give, or <c>null</c> when the stored changes are not
    /// JSON any more (only tampering does that).
    /// </summary>
    public string? ComputeHash()
    {
        JsonNode? changes;
        try
        {
            changes = JsonNode.Parse(Changes);
        }
        catch (JsonException)
        {
            return null;
        }

        var content = new JsonObject
        {
            ["id"] = Id.ToString(),
            ["chain"] = Chain,
            ["sequence"] = Sequence,
            ["action"] = Action,
            ["resource_type"] = ResourceType,
            ["resource_id"] = ResourceId,
            ["user_id"] = UserId,
            ["changes"] = changes,
            ["created_at"] = CreatedAt.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture),
        };
        return Blake3Hash.Hex((PreviousHash ?? string.Empty) + CanonicalJson.Serialize(content));
    }

    private static DateTimeOffset TruncateToMilliseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
