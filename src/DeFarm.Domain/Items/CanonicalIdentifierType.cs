using System.Text.RegularExpressions;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.Items;

/// <summary>
/// An identifier type the admins declare canonical for a value chain (a SISBOV number for beef, a CAR code for
/// soy…). It is the registry name of canonical identifiers in that chain's namespace; switching it off keeps
/// it on record. At most one per (value chain, identifier type).
/// </summary>
public sealed partial class CanonicalIdentifierType
{
    public const int MaxIdentifierTypeLength = 50;

    private CanonicalIdentifierType()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Upper-case value chain (<see cref="ValueChains"/>).</summary>
    public string ValueChain { get; private set; } = string.Empty;

    /// <summary>Lower-case registry name, as canonical identifiers carry it (<c>sisbov</c>, <c>car</c>).</summary>
    public string IdentifierType { get; private set; } = string.Empty;

    public bool IsActive { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The engines namespace of identifiers of this type (<c>bovino</c> for beef…).</summary>
    public string Namespace => ValueChains.NamespaceOf(ValueChain);

    public static CanonicalIdentifierType Declare(string valueChain, string identifierType, DateTimeOffset now)
    {
        var chain = ValueChains.Normalize(valueChain) ?? throw UnknownValueChain(valueChain);
        var type = identifierType.Trim().ToLowerInvariant();
        if (type.Length is 0 or > MaxIdentifierTypeLength || !RegistryName().IsMatch(type))
        {
            throw new BusinessRuleException(
                "invalid_identifier_type",
                $"identifier_type must be 1 to {MaxIdentifierTypeLength} letters, digits or '_'");
        }

        return new CanonicalIdentifierType
        {
            Id = Guid.NewGuid(),
            ValueChain = chain,
            IdentifierType = type,
            IsActive = true,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    public static BusinessRuleException UnknownValueChain(string valueChain) =>
        new("unknown_value_chain", $"Unknown value chain '{valueChain}'; expected one of {string.Join(", ", ValueChains.All)}");

    public void SetActive(bool isActive, DateTimeOffset now)
    {
        IsActive = isActive;
        UpdatedAt = now;
    }

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex RegistryName();
}
