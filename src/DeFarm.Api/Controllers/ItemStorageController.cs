using DeFarm.Application.Storage;
using DeFarm.Application.Storage.Queries.GetItemStorageRecords;
using DeFarm.Application.Storage.Queries.GetItemTimeline;
using DeFarm.Application.Storage.Queries.GetTimelineEntry;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>An item's storage records and CID timeline under <c>/api/items/:dfid</c> (engines-api.md §4.4).</summary>
[ApiController]
[Route("api/items/{dfid}")]
public sealed class ItemStorageController(ISender sender) : ControllerBase
{
    [HttpGet("storage-history")]
    public async Task<ItemStorageRecordsResponse> StorageHistory(string dfid, CancellationToken cancellationToken) =>
        await sender.Send(new GetItemStorageRecordsQuery(dfid), cancellationToken);

    /// <summary>Every CID the item had, by sequence.</summary>
    [HttpGet("timeline")]
    public async Task<ItemTimelineResponse> Timeline(string dfid, CancellationToken cancellationToken) =>
        await sender.Send(new GetItemTimelineQuery(dfid), cancellationToken);

    [HttpGet("timeline/{sequence}")]
    public async Task<TimelineEntryResponse> TimelineEntry(string dfid, int sequence, CancellationToken cancellationToken) =>
        await sender.Send(new GetTimelineEntryQuery(dfid, sequence), cancellationToken);
}
