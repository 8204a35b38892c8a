using FluentValidation;

namespace DeFarm.Application.Items.Queries.ListItems;

internal sealed class ListItemsQueryValidator : AbstractValidator<ListItemsQuery>
{
    public ListItemsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListItemsQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {ListItemsQuery.MaxLimit}");
        RuleFor(q => q.Offset).GreaterThanOrEqualTo(0).WithMessage("offset must not be negative");
    }
}
