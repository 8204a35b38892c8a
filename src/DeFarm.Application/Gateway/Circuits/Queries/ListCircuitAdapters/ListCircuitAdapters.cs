using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Gateway.Circuits.Queries.ListCircuitAdapters;

/// <summary>
/// <c>GET /api/circuits/{id}/adapters</c> of the front end: the circuit's adapter as a panel list, for anyone who
/// may see the circuit (like the engines adapter route).
/// </summary>
public sealed record ListCircuitAdaptersQuery(string CircuitId) : IQuery<IReadOnlyList<GatewayCircuitAdapter>>;

internal sealed class ListCircuitAdaptersQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : IQueryHandler<ListCircuitAdaptersQuery, IReadOnlyList<GatewayCircuitAdapter>>
{
    public async ValueTask<IReadOnlyList<GatewayCircuitAdapter>> Handle(
        ListCircuitAdaptersQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, query.CircuitId, caller.Id, CircuitAction.View, clock.GetUtcNow(), cancellationToken);
        return GatewayCircuitAdapter.ListOf(circuit);
    }
}
