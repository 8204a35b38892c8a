using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Queries.GetAdapterConfig;

/// <summary>The adapter configuration, <c>"none"</c> when unset (defaults by "system" when never configured).</summary>
public sealed record GetAdapterConfigQuery(string CircuitId) : IQuery<CircuitAdapterResponse>;

internal sealed class GetAdapterConfigQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : IQueryHandler<GetAdapterConfigQuery, CircuitAdapterResponse>
{
    public async ValueTask<CircuitAdapterResponse> Handle(GetAdapterConfigQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, query.CircuitId, caller.Id, CircuitAction.View, clock.GetUtcNow(), cancellationToken);
        return CircuitAdapterResponse.From(circuit, unsetAsNone: true);
    }
}
