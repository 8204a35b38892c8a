using System.Text.Json.Nodes;
using DeFarm.Application.Items;
using DeFarm.Domain.Events;

namespace DeFarm.Application.Gateway.Events;

/// <summary>
/// An event as the web front end reads it (spa-contract §2.4, §3.4): the type named as its dashboards label it,
/// <c>item_id</c> the item's gateway id (its DFID), and metadata with the two members they display —
/// <c>circuit</c> (the circuit's name) on circuit events and <c>fields</c> (always an array of strings) on
/// enrichments and updates. Stored events are deduplicated by content hash, so none is a duplicate.
/// </summary>
public sealed record GatewayEvent(
    Guid Id,
    string EventType,
    string Status,
    string SourceType,
    string SourceId,
    string ItemId,
    string? CircuitId,
    string UserId,
    JsonObject Metadata,
    string Visibility,
    bool IsDuplicate,
    string ContentHash,
    DateTimeOffset CreatedAt)
{
    public const string CircuitNameKey = "circuit";

    /// <summary>Events are recorded once what they tell has happened (a pending push records none until approved).</summary>
    private const string Recorded = "completed";

    private const string ItemSource = "item";

    /// <param name="circuitNames">Names of the circuits the events refer to; an unknown one shows its id.</param>
    public static GatewayEvent From(Event @event, IReadOnlyDictionary<Guid, string> circuitNames)
    {
        var circuitId = CircuitIdOf(@event);
        return new GatewayEvent(
            @event.EventId,
            TypeName(@event.EventType),
            Recorded,
            ItemSource,
            @event.Dfid,
            @event.Dfid,
            circuitId?.ToString(),
            @event.Source,
            MetadataOf(@event, circuitId is { } id ? circuitNames.GetValueOrDefault(id, id.ToString()) : null),
            VisibilityName(@event.Visibility),
            IsDuplicate: false,
            @event.ContentHash,
            @event.Timestamp);
    }

    /// <summary>The circuit an event is about: <c>metadata.circuit_id</c>, or where a local event was pushed.</summary>
    public static Guid? CircuitIdOf(Event @event) =>
        Guid.TryParse(@event.CircuitId, out var id) ? id : @event.PushedToCircuit;

    /// <summary>The names the dashboards label (spa-contract §3.3); the other types in the timeline's snake_case.</summary>
    public static string TypeName(EventType type) => type switch
    {
        Domain.Events.EventType.Created => "ItemCreated",
        Domain.Events.EventType.Enriched => "ItemEnriched",
        Domain.Events.EventType.PushedToCircuit => "CircuitPush",
        Domain.Events.EventType.PulledFromCircuit => "CircuitPull",
        Domain.Events.EventType.Merged => "ItemMerged",
        Domain.Events.EventType.Split => "ItemSplit",
        Domain.Events.EventType.StatusChanged => "item_status_changed",
        _ => "item_updated",
    };

    private static string VisibilityName(EventVisibility visibility) => visibility switch
    {
        EventVisibility.CircuitOnly => "circuit_only",
        _ => visibility.ToString().ToLowerInvariant(),
    };

    private static JsonObject MetadataOf(Event @event, string? circuitName)
    {
        var metadata = (JsonObject)@event.Metadata.DeepClone();
        if (circuitName is not null)
        {
            metadata[CircuitNameKey] = circuitName;
        }

        // The front end joins metadata.fields: whatever else a client posted there becomes an array of strings.
        if (metadata.TryGetPropertyValue(ItemChangeEvents.FieldsKey, out var fields) && !IsArrayOfStrings(fields))
        {
            List<JsonNode?> values = fields is JsonArray array ? [.. array] : fields is null ? [] : [fields];
            metadata[ItemChangeEvents.FieldsKey] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(Text(v))).ToArray());
        }

        return metadata;
    }

    private static bool IsArrayOfStrings(JsonNode? node) =>
        node is JsonArray array && array.All(v => v is JsonValue value && value.TryGetValue<string>(out _));

    private static string Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node?.ToJsonString() ?? "null";
}

/// <summary><c>{events, count}</c>, newest first; <c>count</c> is the number of events in this answer.</summary>
public sealed record GatewayEventList(IReadOnlyList<GatewayEvent> Events, int Count);
