using FluentValidation;

namespace DeFarm.Application.Snapshots.Queries.ListMerkleVerifications;

internal sealed class ListMerkleVerificationsQueryValidator : AbstractValidator<ListMerkleVerificationsQuery>
{
    public ListMerkleVerificationsQueryValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, ListMerkleVerificationsQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {ListMerkleVerificationsQuery.MaxLimit}");
}
