using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Gateway.Snapshots;

/// <summary>The Merkle viewer (spa-contract §2.5 M1–M3): verifying recomputes the root from the stored leaves.</summary>
public sealed class MerkleVerificationTests : SnapshotsTestBase
{
    [Test]
    public async Task ShouldVerifyAnIntactTreeAndFindATamperedLeaf()
    {
        var owner = await RegisterAsync();
        var (circuitId, _) = await CircuitWithItemsAsync(owner, 3);
        var snapshot = await CreateSnapshotAsync(owner, CircuitSnapshotBody(circuitId));
        var treeId = Text(snapshot, "merkle_tree_id");

        var intact = await VerifyAsync(owner, treeId);
        intact.GetProperty("is_valid").GetBoolean().ShouldBeTrue();
        (Text(intact, "computed_root"), Text(intact, "expected_root")).ShouldBe((Text(snapshot, "checksum"), Text(snapshot, "checksum")));
        ShouldBeGatewayDate(intact.GetProperty("created_at"));

        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE merkle_leaves SET content_hash = {new string('0', 64)} WHERE snapshot_id = {Guid.Parse(Text(snapshot, "id"))} AND position = 1"));
        var tampered = await VerifyAsync(owner, treeId);

        tampered.GetProperty("is_valid").GetBoolean().ShouldBeFalse();
        Text(tampered, "expected_root").ShouldBe(Text(snapshot, "checksum"));
        Text(tampered, "computed_root").ShouldNotBe(Text(snapshot, "checksum"));
        var verifications = ShouldBeWrappedList(
            await ShouldBeOkJsonAsync(await GetAsGatewayAsync(owner, $"{TreesPath}/{treeId}/verifications?limit=5")), "verifications");
        verifications.Select(v => v.GetProperty("is_valid").GetBoolean()).ShouldBe([false, true]);
        verifications.Select(v => Text(v, "id")).ShouldBe([Text(tampered, "id"), Text(intact, "id")]);
        ShouldBeWrappedList(
                await ShouldBeOkJsonAsync(await GetAsGatewayAsync(owner, $"{TreesPath}/{treeId}/verifications?limit=1")), "verifications")
            .ShouldHaveSingleItem();
    }

    [Test]
    public async Task ShouldVerifyAnEmptyCircuitsTree()
    {
        var owner = await RegisterAsync();
        var snapshot = await CreateSnapshotAsync(owner, CircuitSnapshotBody(await CreateCircuitIdAsync(owner)));

        var tree = await TreeOfAsync(owner, Text(snapshot, "id"));
        (tree.GetProperty("leaf_count").GetInt32(), tree.GetProperty("height").GetInt32()).ShouldBe((0, 0));
        (await VerifyAsync(owner, Text(tree, "id"))).GetProperty("is_valid").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task ShouldRejectAnOutOfRangeLimit()
    {
        var owner = await RegisterAsync();
        var snapshot = await CreateSnapshotAsync(owner, CircuitSnapshotBody(await CreateCircuitIdAsync(owner)));

        await (await GetAsGatewayAsync(owner, $"{TreesPath}/{Text(snapshot, "merkle_tree_id")}/verifications?limit=0"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
    }
}
