using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Storage.Queries.GetTimelineEntry;

/// <summary><c>GET /api/items/:dfid/timeline/:sequence</c>: one entry of a visible item's CID timeline.</summary>
public sealed record GetTimelineEntryQuery(string Dfid, int Sequence) : IQuery<TimelineEntryResponse>;

internal sealed class GetTimelineEntryQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    ICidTimelineRepository timeline) : IQueryHandler<GetTimelineEntryQuery, TimelineEntryResponse>
{
    public async ValueTask<TimelineEntryResponse> Handle(GetTimelineEntryQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await itemLoader.LoadVisibleAsync(query.Dfid, caller, cancellationToken);
        var entry = await timeline.GetAsync(item.Dfid, query.Sequence, cancellationToken)
            ?? throw StorageErrors.TimelineEntryNotFound();
        return TimelineEntryResponse.From(entry);
    }
}
