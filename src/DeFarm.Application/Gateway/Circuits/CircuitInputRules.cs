using DeFarm.Application.Circuits;
using DeFarm.Domain.Circuits;
using FluentValidation;

namespace DeFarm.Application.Gateway.Circuits;

/// <summary>The front end's circuit inputs: visibility by name in any letter case, circuit type a free label.</summary>
internal static class CircuitInputRules
{
    public static IRuleBuilderOptions<T, string?> MustBeVisibility<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || CircuitText.TryParse<CircuitVisibility>(v, out _))
            .WithMessage("visibility must be private, restricted or public");

    public static IRuleBuilderOptions<T, string?> MustBeCircuitType<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Circuit.MaxTypeLength)
            .WithMessage($"circuit_type must be at most {Circuit.MaxTypeLength} characters");

    /// <summary>A visibility the validator accepted, or <c>null</c> when none was sent.</summary>
    public static CircuitVisibility? ParseVisibility(string? text) =>
        CircuitText.TryParse<CircuitVisibility>(text, out var visibility) ? visibility : null;
}
