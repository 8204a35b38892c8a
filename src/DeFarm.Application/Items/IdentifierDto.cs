using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Items;

/// <summary>
/// The wire form of an identifier (<c>IdentifierRequest</c> of engines-api.md §1.1), used in requests and
/// responses. <c>id_type</c> is <c>Canonical</c> or <c>Contextual</c> (any case, default Contextual); for
/// canonical ones the registry is the key.
/// </summary>
public sealed record IdentifierDto
{
    public string? Namespace { get; init; }
    public string Key { get; init; } = string.Empty;
    public string Value { get; init; } = string.Empty;
    public string? IdType { get; init; }
    public string? Scope { get; init; }
    public bool? Verified { get; init; }
    public DateTimeOffset? VerificationDate { get; init; }

    public static IdentifierDto From(Identifier identifier) => identifier.Kind == IdentifierKind.Canonical
        ? new IdentifierDto
        {
            Namespace = identifier.Namespace, Key = identifier.Key, Value = identifier.Value, IdType = "Canonical",
            Verified = identifier.Verified, VerificationDate = identifier.VerificationDate,
        }
        : new IdentifierDto
        {
            Namespace = identifier.Namespace, Key = identifier.Key, Value = identifier.Value, IdType = "Contextual",
            Scope = identifier.Scope,
        };

    /// <summary>
    /// The domain identifier, not yet validated; an unknown <c>id_type</c> is a 400 "Invalid identifier payload: …",
    /// the original's message for an identifier it cannot read (engines-api.md §4.4).
    /// </summary>
    public Identifier ToIdentifier()
    {
        var @namespace = string.IsNullOrWhiteSpace(Namespace) ? IdentifierNamespaces.Generic : Namespace.Trim();
        return IdType?.Trim().ToLowerInvariant() switch
        {
            null or "" or "contextual" => Identifier.Contextual(@namespace, Key, Value, Scope),
            "canonical" => Identifier.Canonical(@namespace, Key, Value, Verified ?? false, VerificationDate),
            _ => throw RequestValidationException.ForField(
                "id_type", $"Invalid identifier payload: id_type '{IdType}' is neither Canonical nor Contextual"),
        };
    }
}
