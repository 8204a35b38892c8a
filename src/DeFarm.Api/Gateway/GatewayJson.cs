using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DeFarm.Api.Gateway;

/// <summary>
/// The gateway's JSON: the engines options (snake_case, user-data keys untouched) plus ISO-8601 UTC dates
/// with <c>Z</c> and millisecond precision, which the front end reads with <c>new Date(s)</c> (spa-contract §3.2).
/// </summary>
public static class GatewayJson
{
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static JsonSerializerOptions From(JsonSerializerOptions engines)
    {
        var options = new JsonSerializerOptions(engines);
        options.Converters.Insert(0, new UtcTimestampConverter());
        options.Converters.Insert(0, new UtcDateTimeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture));
    }

    /// <summary>A <see cref="DateTime"/> of unspecified kind is taken as UTC, never as the server's local time.</summary>
    private sealed class UtcDateTimeConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset().UtcDateTime;

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
        {
            var utc = value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();
            writer.WriteStringValue(utc.ToString(TimestampFormat, CultureInfo.InvariantCulture));
        }
    }
}
