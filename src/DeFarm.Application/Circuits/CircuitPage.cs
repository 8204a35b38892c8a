using FluentValidation;

namespace DeFarm.Application.Circuits;

/// <summary>A page of a circuit list route: <c>limit</c> 1–1000 (default 100), <c>offset</c> ≥ 0.</summary>
public interface ICircuitPage
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    int Limit { get; }
    int Offset { get; }
}

internal static class CircuitPageRules
{
    /// <summary>The <c>limit</c> and <c>offset</c> rules every paged circuit list shares.</summary>
    public static void ValidatesPage<T>(this AbstractValidator<T> validator)
        where T : ICircuitPage
    {
        validator.RuleFor(q => q.Limit).InclusiveBetween(1, ICircuitPage.MaxLimit)
            .WithMessage($"limit must be between 1 and {ICircuitPage.MaxLimit}");
        validator.RuleFor(q => q.Offset).GreaterThanOrEqualTo(0).WithMessage("offset must not be negative");
    }
}
