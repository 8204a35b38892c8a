using DeFarm.Domain.Events;

namespace DeFarm.Application.Events;

/// <summary>
/// Parses event types and visibilities as clients send them: the enum names, in any letter case
/// (<c>pushedtocircuit</c>, <c>circuitonly</c>). Numbers are not names and are rejected.
/// </summary>
public static class EventText
{
    public static bool TryParseType(string? text, out EventType type) => TryParse(text, out type);

    public static bool TryParseVisibility(string? text, out EventVisibility visibility) => TryParse(text, out visibility);

    public static EventType ParseType(string? text) =>
        TryParseType(text, out var type) ? type : throw new ArgumentException(EventErrors.InvalidType(text));

    public static EventVisibility ParseVisibility(string? text) =>
        TryParseVisibility(text, out var visibility)
            ? visibility
            : throw new ArgumentException(EventErrors.InvalidVisibility(text));

    /// <summary>Parses a route id; 400 naming <paramref name="field"/> when it is not a UUID.</summary>
    public static Guid ParseId(string text, string field) =>
        Guid.TryParse(text, out var id) ? id : throw EventErrors.InvalidEventId(field);

    private static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<TEnum>(name);
        return name is not null;
    }
}
