using System.Text.Json.Nodes;
using DeFarm.Application.Items;

namespace DeFarm.Application.Audit;

/// <summary>
/// Shared parts of the <c>changes</c> of audit records. Attribute values and identifier values stay out of the
/// log (a CPF is personal data, and the item itself keeps them): the log names what was touched.
/// </summary>
internal static class AuditChanges
{
    /// <summary>The names of the attributes given, in order.</summary>
    public static JsonArray FieldNames(JsonObject? data) =>
        new((data ?? []).Select(p => (JsonNode?)JsonValue.Create(p.Key)).ToArray());

    /// <summary><c>namespace:key</c> of each identifier given.</summary>
    public static JsonArray IdentifierKeys(IEnumerable<IdentifierDto>? identifiers) =>
        new((identifiers ?? []).Select(i => (JsonNode?)JsonValue.Create($"{i.Namespace ?? Domain.Items.IdentifierNamespaces.Generic}:{i.Key}")).ToArray());
}
