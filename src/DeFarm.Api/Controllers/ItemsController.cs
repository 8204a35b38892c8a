using System.Text.Json.Nodes;
using DeFarm.Application.Common;
using DeFarm.Application.Items;
using DeFarm.Application.Items.Commands.CreateItem;
using DeFarm.Application.Items.Commands.CreateItemsBatch;
using DeFarm.Application.Items.Commands.DeprecateItem;
using DeFarm.Application.Items.Commands.EnrichItem;
using DeFarm.Application.Items.Commands.ImportItems;
using DeFarm.Application.Items.Commands.MergeItems;
using DeFarm.Application.Items.Commands.SplitItem;
using DeFarm.Application.Items.Queries.GetItem;
using DeFarm.Application.Items.Queries.GetItemStats;
using DeFarm.Application.Items.Queries.ListItems;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>The item registry (engines-api.md §4.4). Callers see their own items; others' answer 404.</summary>
[ApiController]
[Route("api/items")]
public sealed class ItemsController(ISender sender) : ControllerBase
{
    /// <summary>Creates an item, or enriches the caller's item that already carries one of the identifiers.</summary>
    [HttpPost]
    public async Task<ItemResponse> Create(CreateItemCommand command, CancellationToken cancellationToken) =>
        await sender.Send(command, cancellationToken);

    /// <summary>Creates up to 1000 items, each on its own; the response reports every outcome.</summary>
    [HttpPost("batch")]
    public async Task<BatchCreateResponse> CreateBatch(CreateItemsBatchCommand command, CancellationToken cancellationToken) =>
        await sender.Send(command, cancellationToken);

    /// <summary>
    /// Registers up to 1000 items in one transaction, all or nothing: any bad row answers 400 naming every bad
    /// row (<c>items[i]</c>) and stores nothing.
    /// </summary>
    [HttpPost("import")]
    public async Task<ImportItemsResponse> Import(ImportItemsCommand command, CancellationToken cancellationToken) =>
        await sender.Send(command, cancellationToken);

    /// <summary>The caller's items, oldest first; filters by identifier and status, paged by limit and offset.</summary>
    [HttpGet]
    [HttpGet("search")]
    public async Task<IReadOnlyList<ItemResponse>> List(
        [FromQuery(Name = "identifier_key")] string? identifierKey,
        [FromQuery(Name = "identifier_value")] string? identifierValue,
        [FromQuery] string? status,
        [FromQuery] int limit = ListItemsQuery.DefaultLimit,
        [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        await sender.Send(
            new ListItemsQuery
            {
                IdentifierKey = identifierKey, IdentifierValue = identifierValue, Status = status, Limit = limit,
                Offset = offset,
            },
            cancellationToken);

    [HttpGet("stats")]
    public async Task<ItemStatsResponse> Stats(CancellationToken cancellationToken) =>
        await sender.Send(new GetItemStatsQuery(), cancellationToken);

    /// <summary>The caller's items carrying an identifier with this key and value, in any namespace.</summary>
    [HttpGet("identifier/{key}/{value}")]
    public async Task<IReadOnlyList<ItemResponse>> FindByIdentifier(
        string key, string value, [FromQuery] int limit = ListItemsQuery.DefaultLimit, [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        await sender.Send(
            new ListItemsQuery { IdentifierKey = key, IdentifierValue = value, Limit = limit, Offset = offset },
            cancellationToken);

    [HttpGet("{dfid}")]
    public async Task<ItemResponse> Get(string dfid, CancellationToken cancellationToken) =>
        await sender.Send(new GetItemQuery(dfid), cancellationToken);

    /// <summary>Merges attributes (new values win) and adds identifiers; creator or admin only.</summary>
    [HttpPut("{dfid}")]
    public async Task<ItemResponse> Enrich(string dfid, EnrichItemRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new EnrichItemCommand { Dfid = dfid, EnrichedData = request.EnrichedData, Identifiers = request.Identifiers },
            cancellationToken);

    /// <summary>Deprecates the item (nothing is deleted).</summary>
    [HttpDelete("{dfid}")]
    public async Task<MessageResponse> Delete(string dfid, CancellationToken cancellationToken)
    {
        await sender.Send(new DeprecateItemCommand(dfid), cancellationToken);
        return new MessageResponse("Item deprecated successfully");
    }

    [HttpPut("{dfid}/deprecate")]
    public async Task<ItemResponse> Deprecate(string dfid, CancellationToken cancellationToken) =>
        await sender.Send(new DeprecateItemCommand(dfid), cancellationToken);

    public sealed record EnrichItemRequest(JsonObject? EnrichedData, IReadOnlyList<IdentifierDto>? Identifiers);

    // Merge and split (engines-api.md §3.6)

    /// <summary>Merges the item whose DFID is the body (a bare JSON string) into this one; answers this item.</summary>
    [HttpPost("{dfid}/merge")]
    public async Task<ItemResponse> Merge(string dfid, [FromBody] string secondaryDfid, CancellationToken cancellationToken) =>
        await sender.Send(new MergeItemsCommand(dfid, secondaryDfid), cancellationToken);

    /// <summary>Moves the given identifiers to a new item; the original is marked Split.</summary>
    [HttpPost("{dfid}/split")]
    public async Task<SplitItemResponse> Split(string dfid, SplitItemRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new SplitItemCommand { Dfid = dfid, IdentifiersForNewItem = request.IdentifiersForNewItem ?? [] },
            cancellationToken);

    public sealed record SplitItemRequest(IReadOnlyList<IdentifierDto>? IdentifiersForNewItem);
}
