using DeFarm.Domain.Items;

namespace DeFarm.Application.Items;

/// <summary>What makes two identifiers "the same" for resolution: namespace, key, value and kind.</summary>
internal readonly record struct IdentifierMatch(string Namespace, string Key, string Value, IdentifierKind Kind)
{
    public static IdentifierMatch Of(Identifier identifier) =>
        new(identifier.Namespace, identifier.Key, identifier.Value, identifier.Kind);
}
