using System.Text.Json.Nodes;
using DeFarm.Application.Gateway;
using DeFarm.Application.Gateway.Items;
using DeFarm.Application.Gateway.Items.Queries.GetGatewayItem;
using DeFarm.Application.Gateway.Items.Queries.ListGatewayItems;
using DeFarm.Application.Items.Commands.ChangeItemStatus;
using DeFarm.Application.Items.Commands.CreateDescribedItem;
using DeFarm.Application.Items.Commands.ImportItemsCsv;
using DeFarm.Application.Items.Commands.UpdateItemMetadata;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Items;

/// <summary>
/// The front end's items (spa-contract §2.2 I1–I9; ADR-018). An item's <c>id</c> is its DFID; someone else's
/// item answers 404 like a missing one. <c>user_id</c> in bodies is not read: the actor is the caller.
/// </summary>
[Route(GatewaySurface.ApiPrefix + "/items")]
public sealed class GatewayItemsController(ISender sender) : GatewayControllerBase
{
    /// <summary>The caller's visible items, newest first; <c>circuit_id</c> keeps one circuit's.</summary>
    [HttpGet]
    public async Task<GatewayItemList> List(
        [FromQuery(Name = "circuit_id")] string? circuitId,
        [FromQuery] int limit = IGatewayPage.DefaultLimit,
        [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new ListGatewayItemsQuery { CircuitId = circuitId, Limit = limit, Offset = offset }, cancellationToken);

    /// <summary>
    /// Creates an item (201), or enriches the caller's item already carrying one of the identifiers (200,
    /// <c>was_deduplicated</c>); pushes it into <c>circuit_id</c> when one is given.
    /// </summary>
    [HttpPost]
    [ProducesResponseType<GatewayItemCreated>(StatusCodes.Status201Created)]
    [ProducesResponseType<GatewayItemCreated>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Create(CreateDescribedItemCommand command, CancellationToken cancellationToken)
    {
        var created = await sender.Send(command, cancellationToken);
        return StatusCode(created.WasDeduplicated ? StatusCodes.Status200OK : StatusCodes.Status201Created, created);
    }

    /// <summary>
    /// Imports a CSV file of items (<c>file</c>, optional <c>circuit_id</c>), all or nothing: any bad row answers
    /// 400 with every bad row in <c>details</c> and stores nothing.
    /// </summary>
    [HttpPost("bulk")]
    [Consumes("multipart/form-data")]
    public async Task<IngestionReceipt> Bulk(
        IFormFile? file, [FromForm(Name = "circuit_id")] string? circuitId, CancellationToken cancellationToken) =>
        await sender.Send(
            new ImportItemsCsvCommand { Csv = await file.ReadTextAsync(cancellationToken), CircuitId = circuitId },
            cancellationToken);

    /// <summary>The item, its identifiers and its events the caller may see.</summary>
    [HttpGet("{id}")]
    public async Task<GatewayItemDetails> Get(string id, CancellationToken cancellationToken) =>
        await sender.Send(new GetGatewayItemQuery(id), cancellationToken);

    /// <summary>
    /// Replaces the item's metadata; <c>metadata.circuit_id</c> pushes it into that circuit instead of being stored,
    /// and alone leaves the metadata as it is.
    /// </summary>
    [HttpPut("{id}")]
    public async Task<GatewayItem> Update(string id, UpdateItemRequest request, CancellationToken cancellationToken) =>
        await sender.Send(new UpdateItemMetadataCommand { Id = id, Metadata = request.Metadata }, cancellationToken);

    /// <summary>Deprecates or archives the item (<c>deprecated</c>, <c>archived</c>, any case); nothing is deleted.</summary>
    [HttpPut("{id}/status")]
    public async Task<GatewayItem> ChangeStatus(string id, UpdateItemStatusRequest request, CancellationToken cancellationToken) =>
        await sender.Send(new ChangeItemStatusCommand { Id = id, Status = request.Status }, cancellationToken);

    public sealed record UpdateItemRequest(JsonObject? Metadata);

    public sealed record UpdateItemStatusRequest(string? Status);
}
