namespace DeFarm.Domain.Items;

/// <summary>Canonical identifiers name a thing in an official registry; contextual ones are local labels.</summary>
public enum IdentifierKind
{
    Canonical,
    Contextual,
}
