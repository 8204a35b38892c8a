using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Queries.GetCircuit;

/// <summary>A circuit its caller may see: a member, or anyone while it is publicly accessible (404 otherwise).</summary>
public sealed record GetCircuitQuery(string CircuitId) : IQuery<CircuitResponse>;

internal sealed class GetCircuitQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : IQueryHandler<GetCircuitQuery, CircuitResponse>
{
    public async ValueTask<CircuitResponse> Handle(GetCircuitQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, query.CircuitId, caller.Id, CircuitAction.View, clock.GetUtcNow(), cancellationToken);
        return CircuitResponse.From(circuit, caller.Id);
    }
}
