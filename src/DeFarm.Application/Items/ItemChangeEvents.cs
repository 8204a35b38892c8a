using System.Text.Json.Nodes;
using DeFarm.Domain.Events;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Items;

/// <summary>
/// The events an item's own changes leave in its history (the timeline of the web front end, ADR-018): its
/// creation, an enrichment, a metadata update and a status change. They are Private — the item's history is
/// the acting user's record — and each change carries a fresh <c>change_id</c>, so two equal changes stay two
/// events under the unique content hash.
/// </summary>
internal static class ItemChangeEvents
{
    public const string FieldsKey = "fields";
    public const string ChangeIdKey = "change_id";

    public static Event Created(Item item, string actorId, DateTimeOffset now) =>
        Event.Create(item.Dfid, EventType.Created, EventVisibility.Private, actorId, [], now);

    /// <param name="fields">The attributes the enrichment wrote.</param>
    public static Event Enriched(Item item, string actorId, IEnumerable<string> fields, Guid changeId, DateTimeOffset now) =>
        Event.Create(item.Dfid, EventType.Enriched, EventVisibility.Private, actorId, Change(fields, changeId), now);

    /// <param name="fields">The attributes the update added, changed or removed.</param>
    public static Event Updated(Item item, string actorId, IEnumerable<string> fields, Guid changeId, DateTimeOffset now) =>
        Event.Create(item.Dfid, EventType.Updated, EventVisibility.Private, actorId, Change(fields, changeId), now);

    public static Event StatusChanged(Item item, ItemStatus previous, string actorId, DateTimeOffset now) =>
        Event.Create(
            item.Dfid, EventType.StatusChanged, EventVisibility.Private, actorId,
            new JsonObject
            {
                ["status"] = item.Status.ToString(),
                ["previous_status"] = previous.ToString(),
                [ChangeIdKey] = Guid.NewGuid().ToString(),
            },
            now);

    private static JsonObject Change(IEnumerable<string> fields, Guid changeId) => new()
    {
        [FieldsKey] = new JsonArray(fields.Select(field => (JsonNode?)JsonValue.Create(field)).ToArray()),
        [ChangeIdKey] = changeId.ToString(),
    };
}
