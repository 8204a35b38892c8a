using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Storage.Queries.GetStorageLocations;

/// <summary>
/// <c>GET /api/storage-history/:dfid/locations</c> (DFID from the path, decision 22): every distinct location
/// holding a version of the item, newest first. An item with nothing stored has no locations.
/// </summary>
public sealed record GetStorageLocationsQuery(string Dfid) : IQuery<StorageLocationsResponse>;

public sealed record StorageLocationsResponse(bool Success, string Dfid, IReadOnlyList<JsonObject> Locations, int Count);

internal sealed class GetStorageLocationsQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    IStorageHistoryRepository histories) : IQueryHandler<GetStorageLocationsQuery, StorageLocationsResponse>
{
    public async ValueTask<StorageLocationsResponse> Handle(GetStorageLocationsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await itemLoader.LoadVisibleAsync(query.Dfid, caller, cancellationToken);
        var history = await histories.GetByDfidAsync(item.Dfid, cancellationToken);
        var locations = (history?.Records ?? []).Reverse().Select(r => r.Location).Distinct()
            .Select(location => location.ToJson()).ToList();
        return new StorageLocationsResponse(true, item.Dfid, locations, locations.Count);
    }
}
