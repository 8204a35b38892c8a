using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using DeFarm.Application.Common;
using DeFarm.Domain.Events;

namespace DeFarm.Application.Events;

/// <summary>The engines event shape (engines-api.md §4.6): timestamp in Unix seconds, enums by name.</summary>
public sealed record EventResponse(
    Guid EventId,
    string Dfid,
    string EventType,
    long Timestamp,
    string Source,
    JsonObject Metadata,
    bool IsEncrypted,
    string Visibility)
{
    public static EventResponse From(Event @event) => new(
        @event.EventId,
        @event.Dfid,
        @event.EventType.ToString(),
        UnixTime.Seconds(@event.Timestamp),
        @event.Source,
        (JsonObject)@event.Metadata.DeepClone(),
        @event.IsEncrypted,
        @event.Visibility.ToString());
}

/// <summary><c>POST /api/events</c>: the event plus how it was stored.</summary>
public sealed record CreateEventResponse(
    Guid EventId,
    string Dfid,
    string EventType,
    long Timestamp,
    string Source,
    JsonObject Metadata,
    bool IsEncrypted,
    string Visibility,
    bool WasDeduplicated,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? OriginalEventId,
    string ContentHash)
{
    public static CreateEventResponse From(Event @event, bool wasDeduplicated)
    {
        var shape = EventResponse.From(@event);
        return new CreateEventResponse(
            shape.EventId, shape.Dfid, shape.EventType, shape.Timestamp, shape.Source, shape.Metadata,
            shape.IsEncrypted, shape.Visibility, wasDeduplicated, wasDeduplicated ? @event.EventId : null,
            @event.ContentHash);
    }
}

/// <summary>The local event shape of <c>/api/events/local</c>.</summary>
public sealed record LocalEventResponse(
    Guid EventId,
    Guid LocalEventId,
    string EventType,
    long Timestamp,
    string Source,
    JsonObject Metadata,
    string Visibility,
    bool IsLocal)
{
    public static LocalEventResponse From(Event @event) => new(
        @event.EventId,
        @event.LocalEventId ?? Guid.Empty,
        @event.EventType.ToString(),
        UnixTime.Seconds(@event.Timestamp),
        @event.Source,
        (JsonObject)@event.Metadata.DeepClone(),
        @event.Visibility.ToString(),
        @event.IsLocal);
}
