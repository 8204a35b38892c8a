using DeFarm.Domain.Items;

namespace DeFarm.Application.Admin;

/// <summary>A canonical identifier type (spa-contract §2.8 AD7), with the engines namespace of its value chain.</summary>
public sealed record CanonicalIdentifierTypeResponse(
    Guid Id, string IdentifierType, string ValueChain, string Namespace, bool IsActive, DateTimeOffset CreatedAt)
{
    public static CanonicalIdentifierTypeResponse From(CanonicalIdentifierType type) => new(
        type.Id, type.IdentifierType, type.ValueChain, type.Namespace, type.IsActive, type.CreatedAt);
}
