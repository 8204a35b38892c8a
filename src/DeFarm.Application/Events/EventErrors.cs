using DeFarm.Application.Common.Exceptions;

namespace DeFarm.Application.Events;

public static class EventErrors
{
    /// <summary>Also what a caller gets for an event they may not see (or, for changes, do not own).</summary>
    public static NotFoundException NotFound() => new("event_not_found", "Event not found");

    public static NotFoundException LocalNotFound() => new("local_event_not_found", "Local event not found");

    public static RequestValidationException InvalidEventId(string field) =>
        RequestValidationException.ForField(field, "Invalid event ID");

    /// <summary>The content hash is unique: another event already has exactly this content.</summary>
    public static ConflictException DuplicateContent() => new(
        "duplicate_event", "An event with the same content already exists");

    public static string InvalidType(string? text) => $"Invalid event type: {text}";

    public static string InvalidVisibility(string? text) => $"Invalid visibility: {text}";
}
