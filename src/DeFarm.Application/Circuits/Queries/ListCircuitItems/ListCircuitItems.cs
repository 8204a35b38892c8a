using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Events;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Queries.ListCircuitItems;

/// <summary>
/// The items a circuit holds, newest push first, for its members; with <c>include_events</c> each carries the
/// events of it the caller may see (newest first, at most <see cref="MaxEvents"/> for the page).
/// </summary>
public sealed record ListCircuitItemsQuery : IQuery<IReadOnlyList<CircuitItemResponse>>, ICircuitPage
{
    public const int MaxEvents = 1000;

    public string CircuitId { get; init; } = string.Empty;
    public bool IncludeEvents { get; init; }
    public int Limit { get; init; } = ICircuitPage.DefaultLimit;
    public int Offset { get; init; }
}

internal sealed class ListCircuitItemsQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    ICircuitItemRepository circuitItems,
    IEventQueries events,
    ICircuitMembership membership,
    TimeProvider clock) : IQueryHandler<ListCircuitItemsQuery, IReadOnlyList<CircuitItemResponse>>
{
    public async ValueTask<IReadOnlyList<CircuitItemResponse>> Handle(
        ListCircuitItemsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, query.CircuitId, caller.Id, CircuitAction.ViewContents, clock.GetUtcNow(), cancellationToken);
        var page = await circuitItems.ListAsync(circuit.Id, query.Limit, query.Offset, cancellationToken);
        if (!query.IncludeEvents)
        {
            return page.Select(item => CircuitItemResponse.From(circuit, item, events: null)).ToList();
        }

        var viewer = await EventAccess.ViewerOfAsync(caller, membership, cancellationToken);
        var filter = new EventFilter(Dfids: page.Select(i => i.Dfid).ToList());
        var eventsByItem = (await events.ListAsync(viewer, filter, ListCircuitItemsQuery.MaxEvents, 0, cancellationToken))
            .ToLookup(e => e.Dfid);
        return page
            .Select(item => CircuitItemResponse.From(
                circuit, item, eventsByItem[item.Dfid].Select(CircuitEventResponse.From).ToList()))
            .ToList();
    }
}
