using FluentValidation;

namespace DeFarm.Application.Admin.Queries.ListUsers;

internal sealed class ListUsersQueryValidator : AbstractValidator<ListUsersQuery>
{
    public ListUsersQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListUsersQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {ListUsersQuery.MaxLimit}");
        RuleFor(q => q.Offset).GreaterThanOrEqualTo(0).WithMessage("offset must not be negative");
    }
}
