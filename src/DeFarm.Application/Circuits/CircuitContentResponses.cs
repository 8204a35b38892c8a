using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using DeFarm.Application.Common;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Events;

namespace DeFarm.Application.Circuits;

/// <summary>An event as circuit pages show it (engines-api.md §4.5): the raw form, timestamp in RFC 3339.</summary>
public sealed record CircuitEventResponse(
    Guid EventId, string Dfid, string EventType, string Source, string Visibility, DateTimeOffset Timestamp,
    JsonObject Metadata)
{
    public static CircuitEventResponse From(Event @event) => new(
        @event.EventId, @event.Dfid, @event.EventType.ToString(), @event.Source, @event.Visibility.ToString(),
        @event.Timestamp, (JsonObject)@event.Metadata.DeepClone());
}

public sealed record CircuitItemResponse(
    string Dfid,
    Guid CircuitId,
    string CircuitName,
    string PushedBy,
    long PushedAt,
    IReadOnlyList<string> Permissions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<CircuitEventResponse>? Events)
{
    public static CircuitItemResponse From(
        Circuit circuit, CircuitItem item, IReadOnlyList<CircuitEventResponse>? events) => new(
        item.Dfid, item.CircuitId, circuit.Name, item.PushedBy, UnixTime.Seconds(item.PushedAt), item.Permissions,
        events);
}

public sealed record CircuitOperationResponse(
    Guid OperationId,
    Guid CircuitId,
    string Dfid,
    string OperationType,
    string RequesterId,
    long Timestamp,
    string Status,
    JsonObject Metadata)
{
    public static CircuitOperationResponse From(CircuitOperation operation) => new(
        operation.OperationId, operation.CircuitId, operation.Dfid, operation.OperationType.ToString(),
        operation.RequesterId, UnixTime.Seconds(operation.Timestamp), operation.Status.ToString(),
        (JsonObject)operation.Metadata.DeepClone());
}

public sealed record CircuitActivityResponse(
    string ActivityId,
    string ActivityType,
    Guid CircuitId,
    string CircuitName,
    IReadOnlyList<string> ItemDfids,
    string UserId,
    long Timestamp,
    string Status,
    CircuitActivityDetails Details)
{
    public static CircuitActivityResponse From(CircuitActivity activity) => new(
        activity.ActivityId, activity.ActivityType.ToString(), activity.CircuitId, activity.CircuitName,
        activity.ItemDfids, activity.UserId, UnixTime.Seconds(activity.Timestamp), activity.Status.ToString(),
        CircuitActivityDetails.From(activity));
}

/// <summary>
/// The original's details shape; a failed activity lists all its items as failed, and there are no per-item
/// enrichment matches or permission details to report.
/// </summary>
public sealed record CircuitActivityDetails(
    int ItemsCount,
    int SuccessCount,
    IReadOnlyList<string> FailedItems,
    IReadOnlyList<string> EnrichmentMatches,
    int? EnrichmentsMade,
    string? ErrorMessage)
{
    public static CircuitActivityDetails From(CircuitActivity activity)
    {
        var failed = activity.Status == CircuitActivityStatus.Failed;
        return new CircuitActivityDetails(
            activity.ItemsAffected, failed ? 0 : activity.ItemsAffected, failed ? activity.ItemDfids : [], [],
            activity.EnrichmentsMade, activity.ErrorMessage);
    }
}
