using FluentValidation;

namespace DeFarm.Application.Items.Queries.ListPendingItems;

internal sealed class ListPendingItemsQueryValidator : AbstractValidator<ListPendingItemsQuery>
{
    public ListPendingItemsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListPendingItemsQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {ListPendingItemsQuery.MaxLimit}");
        RuleFor(q => q.Offset).GreaterThanOrEqualTo(0).WithMessage("offset must not be negative");
        RuleFor(q => q.PriorityMin).InclusiveBetween(1, 4).WithMessage("priority_min must be between 1 and 4")
            .When(q => q.PriorityMin is not null);
    }
}
