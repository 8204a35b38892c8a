using FluentValidation;

namespace DeFarm.Application.Users.Queries.ListCreditHistory;

internal sealed class ListCreditHistoryQueryValidator : AbstractValidator<ListCreditHistoryQuery>
{
    public ListCreditHistoryQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 1000).WithMessage("limit must be between 1 and 1000");
    }
}
