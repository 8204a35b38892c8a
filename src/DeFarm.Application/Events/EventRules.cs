using FluentValidation;

namespace DeFarm.Application.Events;

/// <summary>The shared shape rules of event requests: types and visibilities by name, any letter case.</summary>
internal static class EventRules
{
    public static IRuleBuilderOptions<T, string?> MustBeEventType<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => EventText.TryParseType(text, out _)).WithMessage((_, text) => EventErrors.InvalidType(text));

    public static IRuleBuilderOptions<T, string?> MustBeVisibility<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => EventText.TryParseVisibility(text, out _))
            .WithMessage((_, text) => EventErrors.InvalidVisibility(text));
}
