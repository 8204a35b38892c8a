using DeFarm.Application.Snapshots.Commands.ArchiveSnapshot;
using DeFarm.Application.Snapshots.Commands.CreateSnapshot;
using DeFarm.Application.Snapshots.Commands.DeleteSnapshot;
using DeFarm.Application.Snapshots.Queries.ListSnapshots;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Snapshots;

/// <summary>
/// Snapshots (spa-contract §2.5 S1–S4). Creating one captures the resource now and seals it with a Merkle tree;
/// <c>created_by</c> and <c>snapshot_data</c> sent by the client are not bound (the caller creates, the server
/// captures).
/// </summary>
[Route(GatewaySurface.ApiPrefix + "/snapshots")]
public sealed class GatewaySnapshotsController(ISender sender) : GatewayControllerBase
{
    [HttpGet]
    public async Task<SnapshotList> List(
        [FromQuery] int limit = ListSnapshotsQuery.DefaultLimit, CancellationToken cancellationToken = default)
    {
        var snapshots = await sender.Send(new ListSnapshotsQuery { Limit = limit }, cancellationToken);
        return new SnapshotList(snapshots.Select(GatewaySnapshot.From).ToList(), snapshots.Count);
    }

    [HttpPost]
    public async Task<IActionResult> Create(CreateSnapshotRequest request, CancellationToken cancellationToken)
    {
        var snapshot = await sender.Send(
            new CreateSnapshotCommand
            {
                SnapshotName = request.SnapshotName ?? string.Empty,
                SnapshotType = request.SnapshotType,
                ResourceType = request.ResourceType,
                ResourceId = request.ResourceId,
                CircuitId = request.CircuitId,
                Description = request.Description,
            },
            cancellationToken);
        return Created($"/{GatewaySurface.ApiPrefix}/snapshots/{snapshot.Id}", GatewaySnapshot.From(snapshot));
    }

    [HttpPost("{id}/archive")]
    public async Task<GatewaySnapshot> Archive(string id, CancellationToken cancellationToken) =>
        GatewaySnapshot.From(await sender.Send(new ArchiveSnapshotCommand(id), cancellationToken));

    [HttpDelete("{id}")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteSnapshotCommand(id), cancellationToken);
        return NoContent();
    }

    public sealed record SnapshotList(IReadOnlyList<GatewaySnapshot> Snapshots, int Count);

    public sealed record CreateSnapshotRequest(
        string? SnapshotName,
        string? SnapshotType,
        string? ResourceType,
        string? ResourceId,
        string? CircuitId,
        string? Description);
}
