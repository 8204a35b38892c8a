using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Snapshots.Queries.ListMerkleTrees;

/// <summary>The Merkle tree of a snapshot the caller may see (a snapshot has exactly one).</summary>
public sealed record ListMerkleTreesQuery(string SnapshotId) : IQuery<IReadOnlyList<MerkleTreeResponse>>;

internal sealed class ListMerkleTreesQueryHandler(ICurrentUser currentUser, IUserRepository users, SnapshotAccess access)
    : IQueryHandler<ListMerkleTreesQuery, IReadOnlyList<MerkleTreeResponse>>
{
    public async ValueTask<IReadOnlyList<MerkleTreeResponse>> Handle(ListMerkleTreesQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var snapshot = await access.LoadVisibleAsync(query.SnapshotId, caller, cancellationToken);
        return [MerkleTreeResponse.From(snapshot)];
    }
}
