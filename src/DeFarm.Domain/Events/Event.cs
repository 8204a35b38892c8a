using System.Text.Json.Nodes;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.Events;

/// <summary>
/// Something that happened to an item, as told by a user (engines-api.md §1.7). While local to its author it
/// is addressed as <c>LOCAL-EVENT-&lt;local_event_id&gt;</c>; pushing it into a circuit re-labels it with the
/// item's DFID. <see cref="ContentHash"/> is the deduplication key and follows every change of content.
/// </summary>
public sealed class Event
{
    public const string LocalPrefix = "LOCAL-EVENT-";
    public const string RecipientKey = "recipient_id";
    public const string CircuitKey = "circuit_id";

    private Event()
    {
    }

    private Event(
        string dfid, EventType eventType, EventVisibility visibility, string source, JsonObject? metadata,
        Guid? localEventId, DateTimeOffset now)
    {
        EventId = Guid.NewGuid();
        Dfid = dfid;
        EventType = eventType;
        Visibility = visibility;
        IsEncrypted = visibility == EventVisibility.Private;
        Source = source;
        Metadata = metadata is null ? [] : (JsonObject)metadata.DeepClone();
        LocalEventId = localEventId;
        IsLocal = localEventId is not null;
        Timestamp = now;
        RecomputeHash();
    }

    public Guid EventId { get; private set; }
    public string Dfid { get; private set; } = string.Empty;
    public EventType EventType { get; private set; }
    public DateTimeOffset Timestamp { get; private set; }

    /// <summary>The acting user's id, taken from the credentials, never from a request body (decision 14).</summary>
    public string Source { get; private set; } = string.Empty;

    public JsonObject Metadata { get; private set; } = [];
    public bool IsEncrypted { get; private set; }
    public EventVisibility Visibility { get; private set; }
    public string ContentHash { get; private set; } = string.Empty;
    public Guid? LocalEventId { get; private set; }
    public bool IsLocal { get; private set; }
    public Guid? PushedToCircuit { get; private set; }

    /// <summary><c>metadata.recipient_id</c> when it is a string: who may read a <see cref="EventVisibility.Direct"/> event.</summary>
    public string? RecipientId => TextOf(RecipientKey);

    /// <summary><c>metadata.circuit_id</c> when it is a string: whose members may read a circuit-only event.</summary>
    public string? CircuitId => TextOf(CircuitKey);

    /// <summary>An event about the item <paramref name="dfid"/>, which the caller has checked exists.</summary>
    public static Event Create(
        string dfid, EventType eventType, EventVisibility visibility, string source, JsonObject? metadata,
        DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(dfid))
        {
            throw new BusinessRuleException("invalid_dfid", "An event needs the DFID of its item");
        }

        return new Event(dfid, eventType, visibility, source, metadata, localEventId: null, now);
    }

    /// <summary>An event not yet attached to a tokenized item, addressed as <c>LOCAL-EVENT-&lt;id&gt;</c>.</summary>
    public static Event CreateLocal(
        EventType eventType, EventVisibility visibility, string source, JsonObject? metadata, DateTimeOffset now)
    {
        var localEventId = Guid.NewGuid();
        return new Event(LocalPrefix + localEventId, eventType, visibility, source, metadata, localEventId, now);
    }

    /// <summary>The content hash this event would have under another DFID (the target of a push).</summary>
    public string HashFor(string dfid) => EventContentHash.Compute(dfid, EventType, Source, Metadata);

    /// <summary>Merges <paramref name="changes"/> over the metadata (new values win) and recomputes the hash.</summary>
    public void MergeMetadata(JsonObject changes)
    {
        foreach (var (key, value) in changes)
        {
            Metadata[key] = value?.DeepClone();
        }

        RecomputeHash();
    }

    /// <summary>
    /// Adds the keys of <paramref name="other"/> this event lacks, never overwriting one, and recomputes the hash.
    /// </summary>
    /// <returns>The keys added, in <paramref name="other"/>'s order.</returns>
    public IReadOnlyList<string> AddMissingMetadata(JsonObject other)
    {
        var added = new List<string>();
        foreach (var (key, value) in other)
        {
            if (!Metadata.ContainsKey(key))
            {
                Metadata[key] = value?.DeepClone();
                added.Add(key);
            }
        }

        RecomputeHash();
        return added;
    }

    /// <summary>Re-labels a local event as an event of the tokenized item <paramref name="targetDfid"/>.</summary>
    public void PushToCircuit(string targetDfid, Guid circuitId)
    {
        if (!IsLocal)
        {
            throw new BusinessRuleException("event_not_local", "Only a local event can be pushed to a circuit");
        }

        Dfid = targetDfid;
        IsLocal = false;
        PushedToCircuit = circuitId;
        RecomputeHash();
    }

    private void RecomputeHash() => ContentHash = EventContentHash.Compute(Dfid, EventType, Source, Metadata);

    private string? TextOf(string key) =>
        Metadata[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
