using FluentValidation;

namespace DeFarm.Application.Gateway;

/// <summary>
/// A page of one of the front end's lists. It never pages (spa-contract §3.1), so the default is the engines
/// lists' generous 100; the bounds are theirs too (<c>limit</c> 1–1000, <c>offset</c> ≥ 0).
/// </summary>
public interface IGatewayPage
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    int Limit { get; }
    int Offset { get; }
}

internal static class GatewayPageRules
{
    public static void ValidatesPage<T>(this AbstractValidator<T> validator)
        where T : IGatewayPage
    {
        validator.RuleFor(q => q.Limit).InclusiveBetween(1, IGatewayPage.MaxLimit)
            .WithMessage($"limit must be between 1 and {IGatewayPage.MaxLimit}");
        validator.RuleFor(q => q.Offset).GreaterThanOrEqualTo(0).WithMessage("offset must not be negative");
    }
}
