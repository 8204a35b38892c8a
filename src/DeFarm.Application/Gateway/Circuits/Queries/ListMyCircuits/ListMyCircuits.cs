using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Gateway.Circuits.Queries.ListMyCircuits;

/// <summary>
/// The circuits the caller belongs to, active and inactive, newest first, up to the largest circuit page; archived
/// (deleted) ones are left out. Public circuits of others are not mixed in: they have the discovery list.
/// </summary>
public sealed record ListMyCircuitsQuery : IQuery<GatewayCircuitList>;

internal sealed class ListMyCircuitsQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitQueries circuits, TimeProvider clock)
    : IQueryHandler<ListMyCircuitsQuery, GatewayCircuitList>
{
    public async ValueTask<GatewayCircuitList> Handle(ListMyCircuitsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var page = await circuits.ListAsync(
            new CircuitListFilter(
                caller.Id, IncludePublic: false, Status: null, clock.GetUtcNow(), ICircuitPage.MaxLimit, Offset: 0,
                IncludeArchived: false),
            cancellationToken);
        return new GatewayCircuitList(page.Select(GatewayCircuit.From).ToList(), page.Count);
    }
}
