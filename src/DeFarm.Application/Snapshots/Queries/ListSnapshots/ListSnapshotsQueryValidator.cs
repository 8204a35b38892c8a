using FluentValidation;

namespace DeFarm.Application.Snapshots.Queries.ListSnapshots;

internal sealed class ListSnapshotsQueryValidator : AbstractValidator<ListSnapshotsQuery>
{
    public ListSnapshotsQueryValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, ListSnapshotsQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {ListSnapshotsQuery.MaxLimit}");
}
