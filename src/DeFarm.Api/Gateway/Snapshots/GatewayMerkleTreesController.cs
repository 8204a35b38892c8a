using DeFarm.Application.Snapshots;
using DeFarm.Application.Snapshots.Commands.VerifyMerkleTree;
using DeFarm.Application.Snapshots.Queries.ListMerkleTrees;
using DeFarm.Application.Snapshots.Queries.ListMerkleVerifications;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Snapshots;

/// <summary>The Merkle tree viewer (spa-contract §2.5 M1–M3): a snapshot's tree, its verifications, and verifying it.</summary>
[Route(GatewaySurface.ApiPrefix + "/merkle-trees")]
public sealed class GatewayMerkleTreesController(ISender sender) : GatewayControllerBase
{
    [HttpGet]
    public async Task<MerkleTreeList> List(
        [FromQuery(Name = "snapshot_id")] string? snapshotId, CancellationToken cancellationToken)
    {
        var trees = await sender.Send(new ListMerkleTreesQuery(snapshotId ?? string.Empty), cancellationToken);
        return new MerkleTreeList(trees, trees.Count);
    }

    [HttpGet("{id}/verifications")]
    public async Task<VerificationList> Verifications(
        string id, [FromQuery] int limit = ListMerkleVerificationsQuery.DefaultLimit,
        CancellationToken cancellationToken = default)
    {
        var verifications = await sender.Send(
            new ListMerkleVerificationsQuery { TreeId = id, Limit = limit }, cancellationToken);
        return new VerificationList(verifications, verifications.Count);
    }

    /// <summary>Recomputes the root from the stored leaves: <c>is_valid</c>, <c>computed_root</c>, <c>expected_root</c>.</summary>
    [HttpPost("{id}/verify")]
    public async Task<MerkleVerificationResponse> Verify(string id, CancellationToken cancellationToken) =>
        await sender.Send(new VerifyMerkleTreeCommand(id), cancellationToken);

    public sealed record MerkleTreeList(IReadOnlyList<MerkleTreeResponse> Trees, int Count);

    public sealed record VerificationList(IReadOnlyList<MerkleVerificationResponse> Verifications, int Count);
}
