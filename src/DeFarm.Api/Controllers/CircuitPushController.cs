using System.Text.Json.Nodes;
using DeFarm.Application.Circuits;
using DeFarm.Application.Circuits.Commands.ApproveOperation;
using DeFarm.Application.Circuits.Commands.ApprovePendingItem;
using DeFarm.Application.Circuits.Commands.PullItem;
using DeFarm.Application.Circuits.Commands.PushEvents;
using DeFarm.Application.Circuits.Commands.PushItem;
using DeFarm.Application.Circuits.Commands.PushItemsBatch;
using DeFarm.Application.Circuits.Commands.PushLocalItem;
using DeFarm.Application.Circuits.Commands.RejectOperation;
using DeFarm.Application.Circuits.Commands.RejectPendingItem;
using DeFarm.Application.Items;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DeFarm.Api.Controllers;

/// <summary>
/// The push pipeline (engines-api.md §3.3–§3.5, §4.5): push-local, push by DFID, batch push, pull, local events,
/// and the approval or rejection of pending operations. The acting user is the caller; <c>approver_id</c> and
/// <c>admin_id</c> in a body are ignored (decision 14), and so is any body of the routes that need none.
/// </summary>
[ApiController]
[Route("api/circuits")]
public sealed class CircuitPushController(ISender sender) : ControllerBase
{
    /// <summary>Tokenizes a local item and pushes it (Push).</summary>
    [HttpPost("{id}/push-local")]
    public async Task<SuccessData<PushLocalItemResult>> PushLocal(
        string id, PushLocalRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new PushLocalItemCommand
            {
                CircuitId = id, LocalId = request.LocalId ?? string.Empty, Identifiers = request.Identifiers,
                EnrichedData = request.EnrichedData,
            },
            cancellationToken);

    [HttpPost("{id}/push/batch")]
    public async Task<PushItemsBatchResult> PushBatch(string id, PushBatchRequest request, CancellationToken cancellationToken) =>
        await sender.Send(new PushItemsBatchCommand { CircuitId = id, Items = request.Items ?? [] }, cancellationToken);

    [HttpPost("{id}/push/{dfid}")]
    public async Task<CircuitOperationResponse> Push(
        string id, string dfid, CancellationToken cancellationToken) =>
        await sender.Send(new PushItemCommand { CircuitId = id, Dfid = dfid }, cancellationToken);

    /// <summary>Pushes the caller's local events as events of an item the circuit holds (Push).</summary>
    [HttpPost("{id}/push-events")]
    public async Task<PushEventsResult> PushEvents(string id, PushEventsRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new PushEventsCommand { CircuitId = id, Dfid = request.Dfid ?? string.Empty, LocalEventIds = request.LocalEventIds ?? [] },
            cancellationToken);

    [HttpPost("{id}/pull/{dfid}")]
    public async Task<PullItemResponse> Pull(
        string id, string dfid, CancellationToken cancellationToken) =>
        await sender.Send(new PullItemCommand { CircuitId = id, Dfid = dfid }, cancellationToken);

    /// <summary>Approves a pending push or pull (ManageMembers).</summary>
    [HttpPost("operations/{operation_id}/approve")]
    public async Task<CircuitOperationResponse> ApproveOperation(
        [FromRoute(Name = "operation_id")] string operationId, CancellationToken cancellationToken) =>
        await sender.Send(new ApproveOperationCommand(operationId), cancellationToken);

    /// <summary>Rejects a pending push or pull with an optional reason (ManageMembers).</summary>
    [HttpPost("operations/{operation_id}/reject")]
    public async Task<CircuitOperationResponse> RejectOperation(
        [FromRoute(Name = "operation_id")] string operationId,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RejectRequest? request, CancellationToken cancellationToken) =>
        await sender.Send(new RejectOperationCommand(operationId, request?.Reason), cancellationToken);

    [HttpPost("{id}/pending-items/{pending_id}/approve")]
    public async Task<PendingItemApproval> ApprovePendingItem(
        string id, [FromRoute(Name = "pending_id")] string pendingId, CancellationToken cancellationToken) =>
        await sender.Send(new ApprovePendingItemCommand(id, pendingId), cancellationToken);

    [HttpPost("{id}/pending-items/{pending_id}/reject")]
    public async Task<SuccessResponse> RejectPendingItem(
        string id, [FromRoute(Name = "pending_id")] string pendingId,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RejectRequest? request, CancellationToken cancellationToken) =>
        await sender.Send(new RejectPendingItemCommand(id, pendingId, request?.Reason), cancellationToken);

    public sealed record PushLocalRequest(string? LocalId, IReadOnlyList<IdentifierDto>? Identifiers, JsonObject? EnrichedData);

    public sealed record PushBatchRequest(IReadOnlyList<BatchPushEntry>? Items);

    public sealed record PushEventsRequest(IReadOnlyList<Guid>? LocalEventIds, string? Dfid);

    public sealed record RejectRequest(string? Reason);
}
