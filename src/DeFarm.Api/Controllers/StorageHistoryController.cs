using System.Text.Json.Nodes;
using DeFarm.Application.Storage;
using DeFarm.Application.Storage.Commands.MigrateItemStorage;
using DeFarm.Application.Storage.Commands.SetPrimaryStorageLocation;
using DeFarm.Application.Storage.Queries.GetStorageHistory;
using DeFarm.Application.Storage.Queries.GetStorageLocations;
using DeFarm.Application.Storage.Queries.GetStorageStatistics;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>
/// Where each version of an item was stored (engines-api.md §4.7). Only callers who may see the item see its
/// history (404 otherwise); only its creator or an admin migrates it or moves its primary copy.
/// </summary>
[ApiController]
[Route("api/storage-history")]
public sealed class StorageHistoryController(ISender sender) : ControllerBase
{
    /// <summary>Counts over the storage histories of the items the caller may see.</summary>
    [HttpGet("statistics")]
    public async Task<StorageStatisticsResponse> Statistics(CancellationToken cancellationToken) =>
        await sender.Send(new GetStorageStatisticsQuery(), cancellationToken);

    [HttpGet("{dfid}")]
    public async Task<StorageHistoryResponse> Get(string dfid, CancellationToken cancellationToken) =>
        await sender.Send(new GetStorageHistoryQuery(dfid), cancellationToken);

    /// <summary>The distinct locations holding a version of the item, newest first.</summary>
    [HttpGet("{dfid}/locations")]
    public async Task<StorageLocationsResponse> Locations(string dfid, CancellationToken cancellationToken) =>
        await sender.Send(new GetStorageLocationsQuery(dfid), cancellationToken);

    /// <summary>Stores the item's current version with <c>target_adapter_type</c> and records it as primary.</summary>
    [HttpPost("{dfid}/migrate")]
    public async Task<MigrateItemStorageResponse> Migrate(
        string dfid, MigrateRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new MigrateItemStorageCommand { Dfid = dfid, TargetAdapterType = request.TargetAdapterType }, cancellationToken);

    /// <summary>Makes a location already in the history (tagged JSON) the primary copy.</summary>
    [HttpPost("{dfid}/primary")]
    public async Task<PrimaryStorageLocationResponse> SetPrimary(
        string dfid, PrimaryRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new SetPrimaryStorageLocationCommand { Dfid = dfid, StorageLocation = request.StorageLocation }, cancellationToken);

    /// <summary><c>circuit_id</c> and <c>user_id</c> of the original body are ignored: identities come from the credentials.</summary>
    public sealed record MigrateRequest(string? TargetAdapterType);

    public sealed record PrimaryRequest(JsonNode? StorageLocation);
}
