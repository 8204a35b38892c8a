using FluentValidation;

namespace DeFarm.Application.Snapshots.Queries.ListMerkleTrees;

internal sealed class ListMerkleTreesQueryValidator : AbstractValidator<ListMerkleTreesQuery>
{
    public ListMerkleTreesQueryValidator() =>
        RuleFor(q => q.SnapshotId).NotEmpty().WithMessage("snapshot_id is required");
}
