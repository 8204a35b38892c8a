using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Events;
using DeFarm.Domain.Events;

namespace DeFarm.Application.Gateway.Events;

/// <summary>
/// The events a user may see (decision 20), newest first, in the front end's shape with their circuits named:
/// the event list and the item page read the same feed.
/// </summary>
internal sealed class GatewayEventFeed(IEventQueries events, ICircuitMembership membership, ICircuitQueries circuits)
{
    /// <param name="dfid">Only the events of this item, when given; the caller has checked it may see the item.</param>
    public async Task<IReadOnlyList<GatewayEvent>> ListAsync(
        string userId, string? dfid, int limit, int offset, CancellationToken cancellationToken)
    {
        var viewer = await EventAccess.ViewerOfAsync(userId, membership, cancellationToken);
        var page = await events.ListAsync(viewer, new EventFilter(Dfid: dfid), limit, offset, cancellationToken);
        return await ShapeAsync(page, cancellationToken);
    }

    /// <summary>Events in the front end's shape, with the names of the circuits they refer to read in one query.</summary>
    public async Task<IReadOnlyList<GatewayEvent>> ShapeAsync(
        IReadOnlyList<Event> page, CancellationToken cancellationToken)
    {
        var circuitIds = page.Select(GatewayEvent.CircuitIdOf).OfType<Guid>().Distinct().ToList();
        var names = circuitIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await circuits.GetNamesAsync(circuitIds, cancellationToken);
        return page.Select(e => GatewayEvent.From(e, names)).ToList();
    }
}
