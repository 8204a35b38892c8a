using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Snapshots.Queries.ListMerkleVerifications;

/// <summary>The verifications of a tree the caller may see, newest first.</summary>
public sealed record ListMerkleVerificationsQuery : IQuery<IReadOnlyList<MerkleVerificationResponse>>
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 1000;

    public string TreeId { get; init; } = string.Empty;
    public int Limit { get; init; } = DefaultLimit;
}

internal sealed class ListMerkleVerificationsQueryHandler(
    ICurrentUser currentUser, IUserRepository users, SnapshotAccess access, ISnapshotQueries snapshots)
    : IQueryHandler<ListMerkleVerificationsQuery, IReadOnlyList<MerkleVerificationResponse>>
{
    public async ValueTask<IReadOnlyList<MerkleVerificationResponse>> Handle(
        ListMerkleVerificationsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var snapshot = await access.LoadVisibleByTreeAsync(query.TreeId, caller, cancellationToken);
        var verifications = await snapshots.ListVerificationsAsync(snapshot.Tree.Id, query.Limit, cancellationToken);
        return verifications.Select(MerkleVerificationResponse.From).ToList();
    }
}
