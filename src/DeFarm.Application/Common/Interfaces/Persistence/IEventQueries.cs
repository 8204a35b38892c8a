using DeFarm.Domain.Events;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>Who is reading events: the user and the circuits they belong to (for circuit-only events).</summary>
public sealed record EventViewer(string UserId, IReadOnlyCollection<string> CircuitIds)
{
    /// <summary>Nobody in particular (a public page): sees what every signed-in user sees, and no more.</summary>
    public static EventViewer Anonymous { get; } = new(string.Empty, []);
}

/// <summary>
/// List filters of the <c>/api/events</c> routes and of circuit pages; each null filter is not applied. Times are
/// inclusive; <see cref="Dfids"/> keeps the events of any of those items.
/// </summary>
public sealed record EventFilter(
    string? Dfid = null,
    EventType? EventType = null,
    EventVisibility? Visibility = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    IReadOnlyCollection<string>? Dfids = null);

/// <summary>Read side of the events: filtered, restricted to what the viewer may see, and paged in the store.</summary>
public interface IEventQueries
{
    /// <summary>
    /// Newest first (then by id), skipping <paramref name="offset"/> and taking at most <paramref name="limit"/>.
    /// Visibility is applied before paging, with the rule of <c>EventAccess</c>.
    /// </summary>
    Task<IReadOnlyList<Event>> ListAsync(
        EventViewer viewer, EventFilter filter, int limit, int offset, CancellationToken cancellationToken);
}
