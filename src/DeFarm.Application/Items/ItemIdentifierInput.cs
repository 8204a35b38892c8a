using DeFarm.Domain.Items;
using FluentValidation;

namespace DeFarm.Application.Items;

/// <summary>
/// An identifier as the web front end sends it: its type (a registry such as <c>sisbov</c>, or any key), value
/// and kind. Its namespace is the product line of the item's value chain (<see cref="ItemDescription.NamespaceOf"/>).
/// </summary>
public sealed record ItemIdentifierInput(string? IdentifierType, string? Value, bool? IsCanonical)
{
    /// <summary>The domain identifier, not yet validated (registry rules apply when it is attached).</summary>
    public Identifier ToIdentifier(string @namespace) => IsCanonical == true
        ? Identifier.Canonical(@namespace, IdentifierType?.Trim() ?? string.Empty, Value?.Trim() ?? string.Empty)
        : Identifier.Contextual(@namespace, IdentifierType?.Trim() ?? string.Empty, Value?.Trim() ?? string.Empty);
}

internal static class ItemIdentifierInputRules
{
    /// <summary>At most 100 identifiers, each with a type and a value within the stored lengths.</summary>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<ItemIdentifierInput>?> AreWellFormed<T>(
        this IRuleBuilder<T, IReadOnlyList<ItemIdentifierInput>?> rule) =>
        rule.Custom((identifiers, context) =>
        {
            if (identifiers is null)
            {
                return;
            }

            if (identifiers.Count > IdentifierListRules.MaxIdentifiers)
            {
                context.AddFailure($"An item may carry at most {IdentifierListRules.MaxIdentifiers} identifiers");
            }

            foreach (var identifier in identifiers)
            {
                if (string.IsNullOrWhiteSpace(identifier.IdentifierType) || string.IsNullOrWhiteSpace(identifier.Value))
                {
                    context.AddFailure("Every identifier needs an identifier_type and a value");
                }
                else if (identifier.IdentifierType.Length > IdentifierListRules.MaxKeyLength
                    || identifier.Value.Length > IdentifierListRules.MaxValueLength)
                {
                    context.AddFailure(
                        $"Identifier types have at most {IdentifierListRules.MaxKeyLength} characters and values "
                        + $"at most {IdentifierListRules.MaxValueLength}");
                }
            }
        });
}
