using FluentValidation;

namespace DeFarm.Application.Items.Queries.ListItemsSharedTo;

internal sealed class ListItemsSharedToQueryValidator : AbstractValidator<ListItemsSharedToQuery>
{
    public ListItemsSharedToQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListItemsSharedToQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {ListItemsSharedToQuery.MaxLimit}");
        RuleFor(q => q.Offset).GreaterThanOrEqualTo(0).WithMessage("offset must not be negative");
    }
}
