using DeFarm.Domain.Items;
using FluentValidation;

namespace DeFarm.Application.Items;

/// <summary>Shape rules the local-item commands and queries share.</summary>
internal static class LocalItemRules
{
    public static bool IsLid(string? text) => Guid.TryParse(text, out _);

    public static IRuleBuilderOptions<T, string> MustBeALid<T>(this IRuleBuilder<T, string> rule, string message) =>
        rule.Must(IsLid).WithMessage(message);

    public static IRuleBuilderOptions<T, string?> MustBeAMergeStrategy<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(strategy => MergeStrategies.TryParse(strategy, out _))
            .WithMessage((_, strategy) => LocalItemErrors.InvalidMergeStrategy(strategy));
}
