using FluentValidation;

namespace DeFarm.Application.Items;

/// <summary>
/// Bounds of identifiers on every entry point, the same in both stores (PostgreSQL columns have these lengths;
/// the in-memory store would otherwise accept anything).
/// </summary>
public static class IdentifierListRules
{
    public const int MaxIdentifiers = 100;
    public const int MaxNamespaceLength = 50;
    public const int MaxKeyLength = 100;
    public const int MaxValueLength = 500;
    public const int MaxScopeLength = 100;

    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<IdentifierDto>?> AreStorable<T>(
        this IRuleBuilder<T, IReadOnlyList<IdentifierDto>?> rule) =>
        rule.Custom((identifiers, context) =>
        {
            if (identifiers is null)
            {
                return;
            }

            if (identifiers.Count > MaxIdentifiers)
            {
                context.AddFailure($"An item may carry at most {MaxIdentifiers} identifiers");
            }

            foreach (var identifier in identifiers.Where(IsTooLong))
            {
                context.AddFailure(
                    $"Identifier '{Shorten(identifier.Key)}' is too long: namespace ≤ {MaxNamespaceLength}, key ≤ {MaxKeyLength}, "
                    + $"value ≤ {MaxValueLength} and scope ≤ {MaxScopeLength} characters");
            }
        });

    private static bool IsTooLong(IdentifierDto identifier) =>
        identifier.Namespace?.Length > MaxNamespaceLength || identifier.Key?.Length > MaxKeyLength
        || identifier.Value?.Length > MaxValueLength || identifier.Scope?.Length > MaxScopeLength;

    private static string Shorten(string? key) => key is { Length: > 40 } ? key[..40] + "…" : key ?? string.Empty;
}
