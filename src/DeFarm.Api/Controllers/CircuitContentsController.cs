using DeFarm.Application.Circuits;
using DeFarm.Application.Circuits.Commands.ConfigureAdapter;
using DeFarm.Application.Circuits.Queries.GetAdapterConfig;
using DeFarm.Application.Circuits.Queries.ListCircuitActivities;
using DeFarm.Application.Circuits.Queries.ListCircuitItems;
using DeFarm.Application.Circuits.Queries.ListCircuitOperations;
using DeFarm.Application.Circuits.Queries.ListPendingItems;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>
/// What a circuit holds and records (engines-api.md §4.5): adapter configuration, items, operations, pending
/// items and activities. Lists are newest first, paged by <c>limit</c> and <c>offset</c>; members only.
/// </summary>
[ApiController]
[Route("api/circuits/{id}")]
public sealed class CircuitContentsController(ISender sender) : ControllerBase
{
    [HttpGet("adapter")]
    public async Task<CircuitAdapterResponse> GetAdapter(string id, CancellationToken cancellationToken) =>
        await sender.Send(new GetAdapterConfigQuery(id), cancellationToken);

    /// <summary>Sets the adapter (ManagePermissions or owner, and a tier that includes it); members are notified.</summary>
    [HttpPut("adapter")]
    public async Task<CircuitAdapterResponse> ConfigureAdapter(
        string id, AdapterRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new ConfigureAdapterCommand
            {
                CircuitId = id, AdapterType = request.AdapterType, AutoMigrateExisting = request.AutoMigrateExisting,
                RequiresApproval = request.RequiresApproval, SponsorAdapterAccess = request.SponsorAdapterAccess,
            },
            cancellationToken);

    [HttpGet("items")]
    public async Task<IReadOnlyList<CircuitItemResponse>> ListItems(
        string id, [FromQuery(Name = "include_events")] bool includeEvents = false,
        [FromQuery] int limit = ICircuitPage.DefaultLimit, [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        await sender.Send(
            new ListCircuitItemsQuery { CircuitId = id, IncludeEvents = includeEvents, Limit = limit, Offset = offset },
            cancellationToken);

    [HttpGet("operations")]
    public Task<IReadOnlyList<CircuitOperationResponse>> ListOperations(
        string id, [FromQuery] int limit = ICircuitPage.DefaultLimit, [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        ListOperationsAsync(id, pendingOnly: false, limit, offset, cancellationToken);

    [HttpGet("operations/pending")]
    public Task<IReadOnlyList<CircuitOperationResponse>> ListPendingOperations(
        string id, [FromQuery] int limit = ICircuitPage.DefaultLimit, [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        ListOperationsAsync(id, pendingOnly: true, limit, offset, cancellationToken);

    [HttpGet("pending-items")]
    public async Task<SuccessData<IReadOnlyList<PendingCircuitItemResponse>>> ListPendingItems(
        string id, [FromQuery] int limit = ICircuitPage.DefaultLimit, [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new ListPendingItemsQuery { CircuitId = id, Limit = limit, Offset = offset }, cancellationToken);

    [HttpGet("activities")]
    public async Task<IReadOnlyList<CircuitActivityResponse>> ListActivities(
        string id, [FromQuery] int limit = ICircuitPage.DefaultLimit, [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        await sender.Send(
            new ListCircuitActivitiesQuery { CircuitId = id, Limit = limit, Offset = offset }, cancellationToken);

    private async Task<IReadOnlyList<CircuitOperationResponse>> ListOperationsAsync(
        string id, bool pendingOnly, int limit, int offset, CancellationToken cancellationToken) =>
        await sender.Send(
            new ListCircuitOperationsQuery { CircuitId = id, PendingOnly = pendingOnly, Limit = limit, Offset = offset },
            cancellationToken);

    public sealed record AdapterRequest(
        string? AdapterType, bool? AutoMigrateExisting, bool? RequiresApproval, bool? SponsorAdapterAccess);
}
