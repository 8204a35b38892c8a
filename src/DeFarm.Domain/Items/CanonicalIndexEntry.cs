namespace DeFarm.Domain.Items;

/// <summary>
/// One row of the canonical index (decision 6): which tokenized item a registry identifier
/// (<c>namespace:registry:value</c>) names. Unique per identifier, so tokenization can never give one registry
/// identifier two DFIDs.
/// </summary>
public sealed class CanonicalIndexEntry
{
    private CanonicalIndexEntry()
    {
    }

    private CanonicalIndexEntry(string @namespace, string registry, string value, string dfid, DateTimeOffset now)
    {
        Namespace = @namespace;
        Registry = registry;
        Value = value;
        Dfid = dfid;
        CreatedAt = now;
    }

    public string Namespace { get; private set; } = string.Empty;
    public string Registry { get; private set; } = string.Empty;
    public string Value { get; private set; } = string.Empty;
    public string Dfid { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Indexes the canonical <paramref name="identifier"/> as naming <paramref name="dfid"/>.</summary>
    public static CanonicalIndexEntry For(Identifier identifier, string dfid, DateTimeOffset now) =>
        identifier.Kind == IdentifierKind.Canonical
            ? new CanonicalIndexEntry(identifier.Namespace, RegistryOf(identifier), identifier.Value, dfid, now)
            : throw new ArgumentException("Only canonical identifiers are indexed", nameof(identifier));

    /// <summary>The registry an identifier is indexed under (its key when none is recorded).</summary>
    public static string RegistryOf(Identifier identifier) => identifier.Registry ?? identifier.Key;

    public bool Names(Identifier identifier) =>
        identifier.Kind == IdentifierKind.Canonical && identifier.Namespace == Namespace
        && RegistryOf(identifier) == Registry && identifier.Value == Value;
}
