using System.Text.Json.Nodes;
using DeFarm.Application.Items;
using DeFarm.Application.Items.Commands.ResolvePendingItem;
using DeFarm.Application.Items.Queries.GetPendingItem;
using DeFarm.Application.Items.Queries.ListPendingItems;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>Create requests kept for review (engines-api.md §4.4): the caller's own, or everyone's for admins.</summary>
[ApiController]
[Route("api/items/pending")]
public sealed class PendingItemsController(ISender sender) : ControllerBase
{
    /// <summary>Pending items awaiting review, highest priority first.</summary>
    [HttpGet]
    public async Task<IReadOnlyList<PendingItemResponse>> List(
        [FromQuery] string? reason,
        [FromQuery(Name = "priority_min")] int? priorityMin,
        [FromQuery] int limit = ListPendingItemsQuery.DefaultLimit,
        [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        await sender.Send(
            new ListPendingItemsQuery { Reason = reason, PriorityMin = priorityMin, Limit = limit, Offset = offset },
            cancellationToken);

    [HttpGet("{id}")]
    public async Task<PendingItemResponse> Get(string id, CancellationToken cancellationToken) =>
        await sender.Send(new GetPendingItemQuery(id), cancellationToken);

    /// <summary>Approves (creates the item), modifies (creates it from new values) or rejects a pending item.</summary>
    [HttpPost("{id}/resolve")]
    public async Task<ResolvePendingItemResponse> Resolve(
        string id, ResolvePendingItemRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new ResolvePendingItemCommand
            {
                Id = id, Action = request.Action ?? string.Empty, NewIdentifiers = request.NewIdentifiers,
                NewEnrichedData = request.NewEnrichedData,
            },
            cancellationToken);

    public sealed record ResolvePendingItemRequest(
        string? Action, IReadOnlyList<IdentifierDto>? NewIdentifiers, JsonObject? NewEnrichedData);
}
