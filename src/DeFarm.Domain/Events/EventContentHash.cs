using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.Events;

/// <summary>
/// The deduplication key of an event (decision 25, engines-api.md §3.5).
/// </summary>
public static class EventContentHash
{
    private static readonly JsonWriterOptions Compact = new()
    {
        Indented = false,
        // serde_json writes non-ASCII as is; only the characters JSON requires are escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Lower-case hex BLAKE3 of the UTF-8 concatenation, with no separators, of: <paramref name="dfid"/>, the
    /// event-type name (<c>PushedToCircuit</c>), <paramref name="source"/>, and <paramref name="metadata"/> as
    /// compact JSON (no whitespace) with the keys of every object, at every depth, sorted ordinally ascending.
    /// Array order is kept; no timestamp takes part, so the same content posted twice hashes the same.
    /// Numbers are written as they were parsed, so <c>1</c> and <c>1.0</c> hash differently.
    /// </summary>
    public static string Compute(string dfid, EventType eventType, string source, JsonObject metadata) =>
        Blake3Hash.Hex(dfid + eventType + source + CanonicalJson(metadata));

    /// <summary>Compact JSON of <paramref name="node"/> with object keys sorted ordinally at every depth.</summary>
    public static string CanonicalJson(JsonNode? node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            Write(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var element in array)
                {
                    Write(writer, element);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
