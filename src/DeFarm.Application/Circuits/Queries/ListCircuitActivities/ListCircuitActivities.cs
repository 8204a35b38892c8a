using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Queries.ListCircuitActivities;

/// <summary>A circuit's activity log, newest first, for its members.</summary>
public sealed record ListCircuitActivitiesQuery : IQuery<IReadOnlyList<CircuitActivityResponse>>, ICircuitPage
{
    public string CircuitId { get; init; } = string.Empty;
    public int Limit { get; init; } = ICircuitPage.DefaultLimit;
    public int Offset { get; init; }
}

internal sealed class ListCircuitActivitiesQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    ICircuitActivityRepository activities,
    TimeProvider clock) : IQueryHandler<ListCircuitActivitiesQuery, IReadOnlyList<CircuitActivityResponse>>
{
    public async ValueTask<IReadOnlyList<CircuitActivityResponse>> Handle(
        ListCircuitActivitiesQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, query.CircuitId, caller.Id, CircuitAction.ViewContents, clock.GetUtcNow(), cancellationToken);
        var page = await activities.ListAsync(circuit.Id, query.Limit, query.Offset, cancellationToken);
        return page.Select(CircuitActivityResponse.From).ToList();
    }
}
