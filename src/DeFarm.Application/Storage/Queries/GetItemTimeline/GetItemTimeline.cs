using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Storage.Queries.GetItemTimeline;

/// <summary><c>GET /api/items/:dfid/timeline</c>: every CID the item had, by sequence; empty before the first store.</summary>
public sealed record GetItemTimelineQuery(string Dfid) : IQuery<ItemTimelineResponse>;

public sealed record ItemTimelineResponse(string Dfid, int TotalEntries, IReadOnlyList<TimelineEntryResponse> Timeline);

internal sealed class GetItemTimelineQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    ICidTimelineRepository timeline) : IQueryHandler<GetItemTimelineQuery, ItemTimelineResponse>
{
    public async ValueTask<ItemTimelineResponse> Handle(GetItemTimelineQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await itemLoader.LoadVisibleAsync(query.Dfid, caller, cancellationToken);
        var entries = await timeline.ListAsync(item.Dfid, cancellationToken);
        return new ItemTimelineResponse(item.Dfid, entries.Count, entries.Select(TimelineEntryResponse.From).ToList());
    }
}
