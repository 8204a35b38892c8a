using System.Text.Json.Nodes;
using FluentValidation;

namespace DeFarm.Application.Items;

/// <summary>Shape rules of an item's metadata as the web front end sends it (ADR-018).</summary>
internal static class ItemMetadataRules
{
    /// <summary>The metadata key that asks for a push into that circuit (spa-contract §4 item 7); never stored.</summary>
    public const string CircuitIdKey = "circuit_id";

    /// <summary>
    /// No blank key, no null value (an item's attributes hold neither), and none of the description's keys,
    /// which are fields of the item rather than metadata. <paramref name="reservedKeys"/> are refused as well.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, JsonObject?> IsStorableMetadata<T>(
        this IRuleBuilder<T, JsonObject?> rule, params string[] reservedKeys) =>
        rule.Custom((metadata, context) =>
        {
            foreach (var (key, value) in metadata ?? [])
            {
                if (string.IsNullOrWhiteSpace(key))
                {
                    context.AddFailure("metadata has a blank key");
                }
                else if (ItemDescription.Keys.Contains(key))
                {
                    context.AddFailure($"metadata key '{key}' is a field of the item, not metadata; send it as '{key}'");
                }
                else if (reservedKeys.Contains(key))
                {
                    context.AddFailure($"metadata key '{key}' is reserved");
                }
                else if (value is null)
                {
                    context.AddFailure($"metadata key '{key}' has a null value; leave the key out instead");
                }
            }
        });

    /// <summary>The value chain and country of a description: present and at most 100 characters.</summary>
    public static IRuleBuilderOptions<T, string?> IsDescriptionText<T>(this IRuleBuilder<T, string?> rule, string field) =>
        rule.NotEmpty().WithMessage($"{field} is required")
            .MaximumLength(ItemDescription.MaxTextLength)
            .WithMessage($"{field} has at most {ItemDescription.MaxTextLength} characters");

    public static IRuleBuilderOptions<T, int?> IsYear<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(ItemDescription.MinYear, ItemDescription.MaxYear)
            .WithMessage($"year must be between {ItemDescription.MinYear} and {ItemDescription.MaxYear}");
}
