using FluentValidation;

namespace DeFarm.Application.Gateway.Circuits.Queries.DiscoverCircuits;

internal sealed class DiscoverCircuitsQueryValidator : AbstractValidator<DiscoverCircuitsQuery>
{
    public DiscoverCircuitsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, DiscoverCircuitsQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {DiscoverCircuitsQuery.MaxLimit}");
        RuleFor(q => q.Offset).GreaterThanOrEqualTo(0).WithMessage("offset must not be negative");
        RuleFor(q => q.Search).MaximumLength(DiscoverCircuitsQuery.MaxSearchLength)
            .WithMessage($"search must be at most {DiscoverCircuitsQuery.MaxSearchLength} characters");
    }
}
