using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Snapshots.Queries.ListSnapshots;

/// <summary>The snapshots the caller may see (<see cref="SnapshotAccess"/>), newest first.</summary>
public sealed record ListSnapshotsQuery : IQuery<IReadOnlyList<SnapshotSummary>>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public int Limit { get; init; } = DefaultLimit;
}

internal sealed class ListSnapshotsQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitMembership circuits, ISnapshotQueries snapshots)
    : IQueryHandler<ListSnapshotsQuery, IReadOnlyList<SnapshotSummary>>
{
    public async ValueTask<IReadOnlyList<SnapshotSummary>> Handle(ListSnapshotsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var memberOf = await circuits.CircuitIdsOfAsync(caller.Id, cancellationToken);
        return await snapshots.ListVisibleAsync(ItemAccess.ViewerOf(caller), memberOf, query.Limit, cancellationToken);
    }
}
