using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Gateway.Items.Queries.ListGatewayItems;

/// <summary>
/// <c>GET /api/items</c> of the front end: every item the caller may see (those created without a circuit
/// included), newest first; with <see cref="CircuitId"/>, only those the circuit holds, for a circuit the caller
/// may see (404 otherwise, as everywhere).
/// </summary>
public sealed record ListGatewayItemsQuery : IQuery<GatewayItemList>, IGatewayPage
{
    public string? CircuitId { get; init; }
    public int Limit { get; init; } = IGatewayPage.DefaultLimit;
    public int Offset { get; init; }
}

internal sealed class ListGatewayItemsQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    IItemQueries items,
    TimeProvider clock) : IQueryHandler<ListGatewayItemsQuery, GatewayItemList>
{
    public async ValueTask<GatewayItemList> Handle(ListGatewayItemsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        Guid? circuitId = null;
        if (query.CircuitId is not null)
        {
            var circuit = await CircuitLoader.LoadForAsync(
                circuits, query.CircuitId, caller.Id, CircuitAction.View, clock.GetUtcNow(), cancellationToken);
            circuitId = circuit.Id;
        }

        var page = await items.ListNewestFirstAsync(
            ItemAccess.ViewerOf(caller), circuitId, query.Limit, query.Offset, cancellationToken);
        return GatewayItemList.From(page);
    }
}
