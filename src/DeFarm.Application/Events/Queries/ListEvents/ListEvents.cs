using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Events.Queries.ListEvents;

/// <summary>
/// Every event list of <c>/api/events</c> (by item, type, visibility, time range, public, private): the events
/// the caller may see, newest first, paged in the store. Listing by item needs the item to be visible (404).
/// The time range applies only when both ends are given, as in the original.
/// </summary>
public sealed record ListEventsQuery : IQuery<IReadOnlyList<EventResponse>>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public string? Dfid { get; init; }
    public string? EventType { get; init; }
    public string? Visibility { get; init; }

    /// <summary>Unix seconds, inclusive.</summary>
    public long? StartDate { get; init; }

    /// <summary>Unix seconds, inclusive.</summary>
    public long? EndDate { get; init; }

    public int Limit { get; init; } = DefaultLimit;
    public int Offset { get; init; }
}

internal sealed class ListEventsQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    IEventQueries queries,
    ICircuitMembership circuits) : IQueryHandler<ListEventsQuery, IReadOnlyList<EventResponse>>
{
    public async ValueTask<IReadOnlyList<EventResponse>> Handle(ListEventsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        if (query.Dfid is not null)
        {
            await itemLoader.LoadVisibleAsync(query.Dfid, caller, cancellationToken);
        }

        var hasRange = query is { StartDate: not null, EndDate: not null };
        var filter = new EventFilter(
            query.Dfid,
            query.EventType is null ? null : EventText.ParseType(query.EventType),
            query.Visibility is null ? null : EventText.ParseVisibility(query.Visibility),
            hasRange ? DateTimeOffset.FromUnixTimeSeconds(query.StartDate!.Value) : null,
            // Inclusive of the whole end second: stored timestamps keep their sub-second part.
            hasRange ? DateTimeOffset.FromUnixTimeSeconds(query.EndDate!.Value).AddTicks(TimeSpan.TicksPerSecond - 1) : null);
        var viewer = await EventAccess.ViewerOfAsync(caller, circuits, cancellationToken);
        var page = await queries.ListAsync(viewer, filter, query.Limit, query.Offset, cancellationToken);
        return page.Select(EventResponse.From).ToList();
    }
}
