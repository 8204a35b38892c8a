using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Queries.ListPendingJoinRequests;

/// <summary>The pending join requests, oldest first, for those who may handle them (ManageMembers).</summary>
public sealed record ListPendingJoinRequestsQuery(string CircuitId) : IQuery<IReadOnlyList<JoinRequestResponse>>;

internal sealed class ListPendingJoinRequestsQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : IQueryHandler<ListPendingJoinRequestsQuery, IReadOnlyList<JoinRequestResponse>>
{
    public async ValueTask<IReadOnlyList<JoinRequestResponse>> Handle(
        ListPendingJoinRequestsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, query.CircuitId, caller.Id, CircuitAction.ManageJoinRequests, clock.GetUtcNow(), cancellationToken);
        return JoinRequestResponse.ListPending(circuit);
    }
}
