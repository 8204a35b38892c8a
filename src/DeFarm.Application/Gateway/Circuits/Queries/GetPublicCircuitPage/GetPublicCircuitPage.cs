using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Events;
using Mediator;

namespace DeFarm.Application.Gateway.Circuits.Queries.GetPublicCircuitPage;

/// <summary>
/// The public page of a publicly accessible circuit, by id or slug, open to anyone. As on the engines public page
/// (ADR-013) only what the circuit publishes shows: its published items and their public events. 404
/// <c>CIRCUIT_NOT_PUBLIC</c> when the circuit is missing, archived or not publicly accessible.
/// </summary>
public sealed record GetPublicCircuitPageQuery(string IdOrSlug) : IQuery<PublicCircuitPage>
{
    public const int RecentItems = 10;
    public const int MaxCountedEvents = 1000;
    public static readonly TimeSpan RecentActivityWindow = TimeSpan.FromDays(30);
}

internal sealed class GetPublicCircuitPageQueryHandler(
    ICircuitRepository circuits, ICircuitQueries circuitQueries, IEventQueries events, TimeProvider clock)
    : IQueryHandler<GetPublicCircuitPageQuery, PublicCircuitPage>
{
    public async ValueTask<PublicCircuitPage> Handle(GetPublicCircuitPageQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var circuit = await FindAsync(query.IdOrSlug.Trim(), cancellationToken);
        if (circuit is null || circuit.Status == CircuitStatus.Archived || !circuit.IsPubliclyAccessible(now))
        {
            throw CircuitErrors.NotPublic();
        }

        var items = (await circuitQueries.ListPublishedItemsAsync(circuit.Id, cancellationToken))
            .Select(PublicItemSummary.From).ToList();
        var recentEvents = items.Count == 0
            ? []
            : await events.ListAsync(
                EventViewer.Anonymous,
                new EventFilter(
                    Visibility: EventVisibility.Public, From: now - GetPublicCircuitPageQuery.RecentActivityWindow,
                    Dfids: items.Select(i => i.Dfid).ToList()),
                GetPublicCircuitPageQuery.MaxCountedEvents, 0, cancellationToken);
        return new PublicCircuitPage(
            PublicCircuitSummary.From(circuit),
            PublicCircuitStats.Of(items, recentEvents.Count),
            items.Take(GetPublicCircuitPageQuery.RecentItems).ToList());
    }

    /// <summary>A UUID names the circuit with that id, and otherwise a slug (slugs never read as UUIDs).</summary>
    private async Task<Circuit?> FindAsync(string idOrSlug, CancellationToken cancellationToken) =>
        Guid.TryParse(idOrSlug, out var id)
            ? await circuits.GetByIdAsync(id, cancellationToken)
            : await circuits.GetBySlugAsync(idOrSlug, cancellationToken);
}
