using System.Text.Json.Nodes;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.Events;

/// <summary>
/// The deduplication key of an event (decision 25, engines-api.md §3.5).
/// </summary>
public static class EventContentHash
{
    /// <summary>
    /// Lower-case hex BLAKE3 of the UTF-8 concatenation, with no separators, of: <paramref name="dfid"/>, the
    /// event-type name (<c>PushedToCircuit</c>), <paramref name="source"/>, and <paramref name="metadata"/> as
    /// <see cref="Common.CanonicalJson"/> (compact, keys sorted ordinally at every depth, array order kept).
    /// No timestamp takes part, so the same content posted twice hashes the same.
    /// Numbers are written as they were parsed, so <c>1</c> and <c>1.0</c> hash differently.
    /// </summary>
    public static string Compute(string dfid, EventType eventType, string source, JsonObject metadata) =>
        Blake3Hash.Hex(dfid + eventType + source + CanonicalJson.Serialize(metadata));
}
