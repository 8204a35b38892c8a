using System.Text.Json.Nodes;

namespace DeFarm.Application.Admin;

internal static class CanonicalIdentifierTypeAudit
{
    public static JsonObject Changes(CanonicalIdentifierTypeResponse type) => new()
    {
        ["value_chain"] = type.ValueChain,
        ["identifier_type"] = type.IdentifierType,
        ["is_active"] = type.IsActive,
    };
}
