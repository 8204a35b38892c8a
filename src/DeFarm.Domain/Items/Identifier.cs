using DeFarm.Domain.Common;

namespace DeFarm.Domain.Items;

/// <summary>
/// How a tracked thing is known: a namespace (product line), a key, a value and its kind. Canonical ones carry
/// their registry (equal to the key) and verification; contextual ones a scope (<c>user</c> by default).
/// </summary>
public sealed record Identifier
{
    public const string DefaultScope = "user";

    private Identifier(
        string @namespace, string key, string value, IdentifierKind kind, string? registry, bool verified,
        DateTimeOffset? verificationDate, string? scope)
    {
        Namespace = @namespace;
        Key = key;
        Value = value;
        Kind = kind;
        Registry = registry;
        Verified = verified;
        VerificationDate = verificationDate;
        Scope = scope;
    }

    public string Namespace { get; private init; }
    public string Key { get; private init; }
    public string Value { get; private init; }
    public IdentifierKind Kind { get; private init; }
    public string? Registry { get; private init; }
    public bool Verified { get; private init; }
    public DateTimeOffset? VerificationDate { get; private init; }
    public string? Scope { get; private init; }

    /// <summary><c>namespace:key:value</c>, the key of identifier lookups and indexes.</summary>
    public string UniqueKey => $"{Namespace}:{Key}:{Value}";

    /// <summary>A registry identifier; <paramref name="verified"/> counts only with a verification date.</summary>
    public static Identifier Canonical(
        string @namespace, string registry, string value, bool verified = false, DateTimeOffset? verificationDate = null) =>
        new(@namespace, registry, value, IdentifierKind.Canonical, registry, verified && verificationDate is not null,
            verificationDate, scope: null);

    public static Identifier Contextual(string @namespace, string key, string value, string? scope = null) =>
        new(@namespace, key, value, IdentifierKind.Contextual, registry: null, verified: false, verificationDate: null,
            string.IsNullOrWhiteSpace(scope) ? DefaultScope : scope);

    /// <returns>Why this identifier is invalid, naming it, or <c>null</c> when it is valid.</returns>
    public string? FindViolation()
    {
        var reason = !IdentifierNamespaces.IsValid(Namespace) ? $"unknown namespace '{Namespace}'"
            : string.IsNullOrWhiteSpace(Key) ? "the key is blank"
            : string.IsNullOrWhiteSpace(Value) ? "the value is blank"
            : Kind == IdentifierKind.Canonical ? CanonicalRegistries.FindViolation(Registry ?? Key, Value)
            : null;
        return reason is null ? null : $"Invalid identifier '{UniqueKey}': {reason}";
    }

    /// <summary>Throws a 400 naming the identifier unless it is valid.</summary>
    public void EnsureValid()
    {
        if (FindViolation() is { } violation)
        {
            throw new BusinessRuleException("invalid_identifier", violation);
        }
    }
}
