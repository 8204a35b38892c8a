using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Gateway.Circuits.Queries.ListJoinRequests;

/// <summary>
/// A circuit's join requests, newest first, pending and decided (history is kept), optionally of one
/// <see cref="Status"/>; for those who may handle them (ManageMembers).
/// </summary>
public sealed record ListJoinRequestsQuery(string CircuitId, string? Status) : IQuery<IReadOnlyList<GatewayJoinRequest>>;

internal sealed class ListJoinRequestsQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : IQueryHandler<ListJoinRequestsQuery, IReadOnlyList<GatewayJoinRequest>>
{
    public async ValueTask<IReadOnlyList<GatewayJoinRequest>> Handle(
        ListJoinRequestsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var circuit = await CircuitLoader.LoadLiveForAsync(
            circuits, query.CircuitId, caller.Id, CircuitAction.ManageJoinRequests, clock.GetUtcNow(), cancellationToken);
        JoinRequestStatus? status = CircuitText.TryParse<JoinRequestStatus>(query.Status, out var parsed) ? parsed : null;
        return circuit.JoinRequests
            .Where(r => status is null || r.Status == status)
            .OrderByDescending(r => r.RequestedAt).ThenBy(r => r.Id)
            .Select(r => GatewayJoinRequest.From(circuit, r))
            .ToList();
    }
}
