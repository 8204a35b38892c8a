using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Gateway.Snapshots;

/// <summary>
/// Snapshots (spa-contract §2.5 S1–S4; ADR-019): create captures the resource and seals it with a Merkle tree,
/// list, archive and delete, for those who may see the resource.
/// </summary>
public sealed class SnapshotTests : SnapshotsTestBase
{
    [Test]
    public async Task ShouldCaptureACircuitsItemsInAMerkleTreeSealedByTheChecksum()
    {
        var owner = await RegisterAsync();
        var (circuitId, dfids) = await CircuitWithItemsAsync(owner, 3);
        var response = await CallAsync(owner, HttpMethod.Post, SnapshotsPath, CircuitSnapshotBody(circuitId));

        var snapshot = await ShouldBeJsonAsync(response, HttpStatusCode.Created);
        (Text(snapshot, "snapshot_name"), Text(snapshot, "snapshot_type"), Text(snapshot, "resource_type"), Text(snapshot, "resource_id"))
            .ShouldBe(("Before harvest", "manual", "circuit", circuitId));
        (Text(snapshot, "description"), Text(snapshot, "created_by")).ShouldBe(("Weekly", owner.UserId));
        snapshot.GetProperty("is_archived").GetBoolean().ShouldBeFalse();
        ShouldBeGatewayDate(snapshot.GetProperty("created_at"));

        var leaves = await StoredLeavesAsync(Text(snapshot, "id"));
        leaves.Select(l => l.Key).ShouldBe(dfids.Order(StringComparer.Ordinal));
        leaves.ShouldAllBe(l => l.ContentHash.Length == 64);
        var tree = await TreeOfAsync(owner, Text(snapshot, "id"));
        var expectedRoot = MerkleHashing.Compute(leaves.Select((l, i) => new MerkleLeaf(i, l.Key, l.ContentHash))).Root;
        (Text(tree, "root_hash"), Text(snapshot, "checksum")).ShouldBe((expectedRoot, expectedRoot));
        (tree.GetProperty("leaf_count").GetInt32(), tree.GetProperty("height").GetInt32()).ShouldBe((3, 2));
        (Text(tree, "hash_algorithm"), Text(tree, "tree_type"), Text(tree, "resource_type")).ShouldBe(("blake3", "binary", "circuit"));
        (Text(tree, "id"), Text(tree, "snapshot_id")).ShouldBe((Text(snapshot, "merkle_tree_id"), Text(snapshot, "id")));
        ShouldBeGatewayDate(tree.GetProperty("created_at"));
    }

    [Test]
    public async Task ShouldSealAChangedItemStateUnderADifferentRoot()
    {
        var owner = await RegisterAsync();
        var (circuitId, dfids) = await CircuitWithItemsAsync(owner, 2);
        var before = await CreateSnapshotAsync(owner, CircuitSnapshotBody(circuitId));
        var unchanged = await CreateSnapshotAsync(owner, CircuitSnapshotBody(circuitId));

        (await PutAsync(owner, $"{ItemsPath}/{dfids[0]}", new { enriched_data = new { weight = 500 } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await CreateSnapshotAsync(owner, CircuitSnapshotBody(circuitId));

        Text(unchanged, "checksum").ShouldBe(Text(before, "checksum"));
        Text(after, "checksum").ShouldNotBe(Text(before, "checksum"));
    }

    [Test]
    public async Task ShouldCaptureAnItemsStateAndTheEventsTheCallerSees()
    {
        var owner = await RegisterAsync();
        var dfid = await CreateItemAsync(owner, null, ("lote", "L-1"));
        using var client = ClientWithToken(owner.Token);
        var events = new List<string>();
        foreach (var weight in new[] { 410, 420 })
        {
            var created = await (await client.PostAsJsonAsync(
                "/api/events", new { dfid, event_type = "Updated", visibility = "private", metadata = new { weight } })).ReadJsonAsync();
            events.Add(Text(created, "event_id"));
        }

        var snapshot = await CreateSnapshotAsync(owner, new { snapshot_name = "Lot", resource_type = "item", resource_id = dfid });

        Text(snapshot, "snapshot_type").ShouldBe("manual");
        Text(snapshot, "resource_type").ShouldBe("item");
        (await StoredLeavesAsync(Text(snapshot, "id"))).Select(l => l.Key)
            .ShouldBe([dfid, .. events.Select(id => $"event:{id}")]);
        (await TreeOfAsync(owner, Text(snapshot, "id"))).GetProperty("leaf_count").GetInt32().ShouldBe(3);
    }

    [Test]
    public async Task ShouldListTheSnapshotsOfTheCallersCircuitsAndItemsNewestFirst()
    {
        var owner = await RegisterAsync();
        var member = await RegisterAsync();
        var stranger = await RegisterAsync();
        var (circuitId, dfids) = await CircuitWithItemsAsync(owner, 1);
        await AddMemberAsync(owner, circuitId, member, "member");
        var ofCircuit = await CreateSnapshotAsync(owner, CircuitSnapshotBody(circuitId));
        var ofItem = await CreateSnapshotAsync(owner, new { snapshot_name = "Item", resource_type = "ITEM", resource_id = dfids[0] });
        var strangers = await CreateSnapshotAsync(
            stranger, CircuitSnapshotBody(await CreateCircuitIdAsync(stranger), "Mine"));

        async Task<List<string>> SnapshotsSeenBy(RegisteredUser user) =>
            ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(user, SnapshotsPath + "?limit=100")), "snapshots")
                .Select(s => Text(s, "id")).ToList();

        (await SnapshotsSeenBy(owner)).ShouldBe([Text(ofItem, "id"), Text(ofCircuit, "id")]);
        // The member sees the circuit's snapshot and, through the circuit, its item's.
        (await SnapshotsSeenBy(member)).ShouldBe([Text(ofItem, "id"), Text(ofCircuit, "id")]);
        (await SnapshotsSeenBy(stranger)).ShouldBe([Text(strangers, "id")]);
        var first = ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(owner, SnapshotsPath + "?limit=1")), "snapshots");
        first.ShouldHaveSingleItem();
    }

    [Test]
    public async Task ShouldArchiveWithABodylessPostAndDeleteWithItsTreeAndRecordBoth()
    {
        var owner = await RegisterAsync();
        var (circuitId, _) = await CircuitWithItemsAsync(owner, 2);
        var snapshot = await CreateSnapshotAsync(owner, CircuitSnapshotBody(circuitId));
        var id = Text(snapshot, "id");
        await VerifyAsync(owner, Text(snapshot, "merkle_tree_id"));

        var archived = await ShouldBeOkJsonAsync(await CallAsync(owner, HttpMethod.Post, $"{SnapshotsPath}/{id}/archive"));
        archived.GetProperty("is_archived").GetBoolean().ShouldBeTrue();
        ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(owner, SnapshotsPath)), "snapshots")
            .ShouldHaveSingleItem().GetProperty("is_archived").GetBoolean().ShouldBeTrue();

        var deleted = await CallAsync(owner, HttpMethod.Delete, $"{SnapshotsPath}/{id}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await deleted.Content.ReadAsStringAsync()).ShouldBeEmpty();
        await (await GetAsGatewayAsync(owner, $"{TreesPath}?snapshot_id={id}")).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "snapshot_not_found");
        await WithDatabaseAsync(async db =>
        {
            (await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM merkle_leaves").SingleAsync()).ShouldBe(0);
            (await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM merkle_verifications").SingleAsync()).ShouldBe(0);
        });
        var audited = ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(owner, GatewayApi + "/audit")), "logs")
            .Where(l => Text(l, "resource_type") == "snapshot").ToList();
        audited.Select(l => Text(l, "action")).ShouldBe(["delete", "archive", "create"]);
        audited.ShouldAllBe(l => Text(l, "resource_id") == id);
        Text(audited[0].GetProperty("changes"), "root_hash").ShouldBe(Text(snapshot, "checksum"));
    }

    [Test]
    public async Task ShouldRejectBadRequestsWithTheGatewayBody()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);

        await (await CallAsync(owner, HttpMethod.Post, SnapshotsPath, new { resource_id = circuitId }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await CallAsync(owner, HttpMethod.Post, SnapshotsPath, new { snapshot_name = "s", resource_type = "system", resource_id = circuitId }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await CallAsync(owner, HttpMethod.Post, SnapshotsPath, new { snapshot_name = "s", snapshot_type = "weekly", circuit_id = circuitId }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await CallAsync(owner, HttpMethod.Post, SnapshotsPath, new { snapshot_name = "s" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await CallAsync(owner, HttpMethod.Post, SnapshotsPath, CircuitSnapshotBody(Guid.NewGuid().ToString())))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        await (await CallAsync(owner, HttpMethod.Post, SnapshotsPath, new { snapshot_name = "s", resource_type = "item", resource_id = "DFID-NOPE" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "item_not_found");
        await (await GetAsGatewayAsync(owner, TreesPath)).ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await WithDatabaseAsync(async db => (await db.Snapshots.CountAsync()).ShouldBe(0));
    }

    [Test]
    public async Task ShouldAnswer404ToWhoeverCannotSeeTheResourceAnd403ToAMemberWhoDidNotCreateIt()
    {
        var owner = await RegisterAsync();
        var member = await RegisterAsync();
        var stranger = await RegisterAsync();
        var (circuitId, dfids) = await CircuitWithItemsAsync(owner, 1);
        await AddMemberAsync(owner, circuitId, member, "member");
        var snapshot = await CreateSnapshotAsync(owner, CircuitSnapshotBody(circuitId));
        var (id, treeId) = (Text(snapshot, "id"), Text(snapshot, "merkle_tree_id"));

        await (await CallAsync(stranger, HttpMethod.Post, SnapshotsPath, CircuitSnapshotBody(circuitId)))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        await (await CallAsync(stranger, HttpMethod.Post, SnapshotsPath, new { snapshot_name = "s", resource_type = "item", resource_id = dfids[0] }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "item_not_found");
        await (await CallAsync(stranger, HttpMethod.Post, $"{SnapshotsPath}/{id}/archive")).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "snapshot_not_found");
        await (await CallAsync(stranger, HttpMethod.Delete, $"{SnapshotsPath}/{id}")).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "snapshot_not_found");
        await (await GetAsGatewayAsync(stranger, $"{TreesPath}?snapshot_id={id}")).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "snapshot_not_found");
        await (await GetAsGatewayAsync(stranger, $"{TreesPath}/{treeId}/verifications")).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "merkle_tree_not_found");
        await (await CallAsync(stranger, HttpMethod.Post, $"{TreesPath}/{treeId}/verify")).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "merkle_tree_not_found");
        await (await CallAsync(owner, HttpMethod.Post, $"{SnapshotsPath}/not-a-uuid/archive")).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "snapshot_not_found");

        (await VerifyAsync(member, treeId)).GetProperty("is_valid").GetBoolean().ShouldBeTrue();
        await (await CallAsync(member, HttpMethod.Post, $"{SnapshotsPath}/{id}/archive")).ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
        await (await CallAsync(member, HttpMethod.Delete, $"{SnapshotsPath}/{id}")).ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
        await WithDatabaseAsync(async db => (await db.Snapshots.SingleAsync()).IsArchived.ShouldBeFalse());
    }
}
