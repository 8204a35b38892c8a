using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Gateway.Circuits.Queries.DiscoverCircuits;

/// <summary>
/// The circuits listed for discovery (public, active, discovery enabled), newest first; with <see cref="Search"/>
/// only searchable ones whose name or description (own or public) contains it. The same for every caller, signed in or not.
/// </summary>
public sealed record DiscoverCircuitsQuery : IQuery<DiscoverableCircuitList>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;
    public const int MaxSearchLength = 200;

    public string? Search { get; init; }
    public int Limit { get; init; } = DefaultLimit;
    public int Offset { get; init; }
}

internal sealed class DiscoverCircuitsQueryHandler(ICircuitQueries circuits, TimeProvider clock)
    : IQueryHandler<DiscoverCircuitsQuery, DiscoverableCircuitList>
{
    public async ValueTask<DiscoverableCircuitList> Handle(DiscoverCircuitsQuery query, CancellationToken cancellationToken)
    {
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var page = await circuits.ListDiscoverableAsync(
            new CircuitDiscoveryFilter(search, clock.GetUtcNow(), query.Limit, query.Offset), cancellationToken);
        return new DiscoverableCircuitList(
            page.Circuits.Select(DiscoverableCircuit.From).ToList(), page.Total, query.Limit, query.Offset);
    }
}
