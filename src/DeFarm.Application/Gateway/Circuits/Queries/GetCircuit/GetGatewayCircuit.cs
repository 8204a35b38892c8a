using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Gateway.Circuits.Queries.GetCircuit;

/// <summary>A circuit the caller may see (a member, or anyone while it is public); 404 otherwise and once archived.</summary>
public sealed record GetGatewayCircuitQuery(string CircuitId) : IQuery<GatewayCircuit>;

internal sealed class GetGatewayCircuitQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : IQueryHandler<GetGatewayCircuitQuery, GatewayCircuit>
{
    public async ValueTask<GatewayCircuit> Handle(GetGatewayCircuitQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var circuit = await CircuitLoader.LoadLiveForAsync(
            circuits, query.CircuitId, caller.Id, CircuitAction.View, clock.GetUtcNow(), cancellationToken);
        return GatewayCircuit.From(circuit);
    }
}
