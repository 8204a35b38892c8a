using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Gateway.Audit;

/// <summary>
/// The audit trail (spa-contract §2.7 U1, U2; ADR-019): changes recorded with their command, newest first, in one
/// hash chain per workspace that <c>/audit/verify</c> recomputes.
/// </summary>
public sealed class AuditTrailTests : GatewayRecordsTestBase
{
    private const string AuditPath = GatewayApi + "/audit";

    [Test]
    public async Task ShouldRecordEachChangeNewestFirstWithTheFieldsTheFrontEndReads()
    {
        var user = await RegisterAsync();
        var dfid = await CreateItemAsync(user, new { breed = "Nelore" }, ("lote", "L-1"));
        (await PutAsync(user, $"{ItemsPath}/{dfid}", new { enriched_data = new { weight = 420 } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var circuitId = await CreateCircuitIdAsync(user);

        var body = await ShouldBeOkJsonAsync(await GetAsGatewayAsync(user, AuditPath + "?limit=100"));

        var logs = ShouldBeWrappedList(body, "logs");
        logs.Select(l => (Text(l, "action"), Text(l, "resource_type"), Text(l, "resource_id")))
            .ShouldBe([("create", "circuit", circuitId), ("enrich", "item", dfid), ("create", "item", dfid)]);
        foreach (var log in logs)
        {
            Guid.TryParse(Text(log, "id"), out _).ShouldBeTrue();
            Text(log, "user_id").ShouldBe(user.UserId);
            Text(log, "hash").ShouldMatch("^[0-9a-f]{64}$");
            ShouldBeGatewayDate(log.GetProperty("created_at"));
        }

        logs[2].GetProperty("previous_hash").ValueKind.ShouldBe(JsonValueKind.Null);
        Text(logs[1], "previous_hash").ShouldBe(Text(logs[2], "hash"));
        Text(logs[0], "previous_hash").ShouldBe(Text(logs[1], "hash"));
        logs[1].GetProperty("changes").GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["weight"]);
        logs[2].GetProperty("changes").GetProperty("identifiers").EnumerateArray().Select(f => f.GetString()).ShouldBe(["generic:lote"]);
        Text(logs[0].GetProperty("changes"), "name").ShouldStartWith("Circuit ");
    }

    [Test]
    public async Task ShouldRecordTheFrontEndsCircuitCreateEditAndDelete()
    {
        var user = await RegisterAsync();
        var createResponse = await CallAsync(
            user, HttpMethod.Post, GatewayApi + "/circuits", new { name = "Meu Circuito", description = "d", visibility = "private" });
        var circuitId = Text(await ShouldBeJsonAsync(createResponse, HttpStatusCode.Created), "id");
        createResponse.Headers.Location!.ToString().ShouldBe($"{GatewayApi}/circuits/{circuitId}");
        (await CallAsync(user, HttpMethod.Put, $"{GatewayApi}/circuits/{circuitId}", new { name = "Renamed", metadata = new { searchable = true } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CallAsync(user, HttpMethod.Delete, $"{GatewayApi}/circuits/{circuitId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var logs = ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(user, AuditPath)), "logs");

        logs.Select(l => (Text(l, "action"), Text(l, "resource_id"))).ShouldBe(
            [("archive", circuitId), ("update", circuitId), ("create", circuitId)]);
        logs[1].GetProperty("changes").GetProperty("fields").EnumerateArray().Select(f => f.GetString())
            .ShouldBe(["name", "searchable"]);
    }

    [Test]
    public async Task ShouldRecordTheFrontEndsItemCreateEditAndStatusChange()
    {
        var user = await RegisterAsync();
        var created = await ShouldBeJsonAsync(
            await CallAsync(user, HttpMethod.Post, GatewayApi + "/items", new { value_chain = "bovino", country = "BR", year = 2025 }),
            HttpStatusCode.Created);
        var itemId = Text(created.GetProperty("item"), "id");
        (await CallAsync(user, HttpMethod.Put, $"{GatewayApi}/items/{itemId}", new { metadata = new { breed = "Nelore" } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CallAsync(user, HttpMethod.Put, $"{GatewayApi}/items/{itemId}/status", new { status = "deprecated" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var logs = ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(user, AuditPath)), "logs");

        logs.Select(l => (Text(l, "action"), Text(l, "resource_type"), Text(l, "resource_id"))).ShouldBe(
            [("status_change", "item", itemId), ("update", "item", itemId), ("create", "item", itemId)]);
        logs[1].GetProperty("changes").GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["breed"]);
    }

    [Test]
    public async Task ShouldRecordEveryChangeToACircuitsAdapterFromThePanelAndTheEnginesRoute()
    {
        var user = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(user);
        var panel = $"{GatewayApi}/circuits/{circuitId}/adapters";
        (await CallAsync(user, HttpMethod.Post, $"{panel}/setup-defaults")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CallAsync(user, HttpMethod.Patch, $"{panel}/ipfs-ipfs", new { is_enabled = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PutAsync(user, $"{CircuitsPath}/{circuitId}/adapter", new { adapter_type = "ipfs-ipfs", requires_approval = true }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CallAsync(user, HttpMethod.Delete, $"{panel}/ipfs-ipfs")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var logs = ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(user, AuditPath)), "logs");

        logs.Select(l => (Text(l, "action"), Text(l, "resource_type"), Text(l, "resource_id"))).ShouldBe(
            [.. Enumerable.Repeat(("update", "circuit", circuitId), 4), ("create", "circuit", circuitId)]);
        var changes = logs.Take(4).Select(l => l.GetProperty("changes").GetProperty("adapter")).ToList();
        ShouldBeJson(changes[3], """{"adapter_type":"ipfs-ipfs"}""");
        ShouldBeJson(changes[2], """{"adapter_id":"ipfs-ipfs","is_enabled":false}""");
        ShouldBeJson(
            changes[1],
            """{"adapter_type":"ipfs-ipfs","requires_approval":true,"auto_migrate_existing":false,"sponsor_adapter_access":false}""");
        ShouldBeJson(changes[0], """{"adapter_id":"ipfs-ipfs","removed":true}""");
    }

    [Test]
    public async Task ShouldApplyTheLimitAndRejectAnOutOfRangeOneWithTheGatewayBody()
    {
        var user = await RegisterAsync();
        await CreateItemAsync(user, null, ("lote", "L-1"));
        await CreateItemAsync(user, null, ("lote", "L-2"));

        var body = await ShouldBeOkJsonAsync(await GetAsGatewayAsync(user, AuditPath + "?limit=1"));

        ShouldBeWrappedList(body, "logs").ShouldHaveSingleItem();
        await (await GetAsGatewayAsync(user, AuditPath + "?limit=0")).ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await GetAsGatewayAsync(user, AuditPath + "/verify?limit=5000")).ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ShouldVerifyAnIntactChainAndReportATamperedRow()
    {
        var user = await RegisterAsync();
        var dfid = await CreateItemAsync(user, null, ("lote", "L-1"));
        (await PutAsync(user, $"{ItemsPath}/{dfid}/deprecate", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await CreateCircuitIdAsync(user);

        var intact = await ShouldBeOkJsonAsync(await GetAsGatewayAsync(user, AuditPath + "/verify?limit=100"));
        intact.GetProperty("valid").GetBoolean().ShouldBeTrue(intact.ToString());
        intact.GetProperty("logs_checked").GetInt32().ShouldBe(3);
        Text(intact, "message").ShouldNotBeNullOrWhiteSpace();

        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE audit_log SET action = 'delete' WHERE resource_id = {dfid} AND action = 'status_change'"));
        var tampered = await ShouldBeOkJsonAsync(await GetAsGatewayAsync(user, AuditPath + "/verify?limit=100"));

        tampered.GetProperty("valid").GetBoolean().ShouldBeFalse();
        Text(tampered, "message").ShouldContain("#2");
    }

    [Test]
    public async Task ShouldReportARemovedEntryAsABreakInTheChain()
    {
        var user = await RegisterAsync();
        await CreateItemAsync(user, null, ("lote", "L-1"));
        var removed = await CreateItemAsync(user, null, ("lote", "L-2"));
        await CreateItemAsync(user, null, ("lote", "L-3"));

        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM audit_log WHERE resource_id = {removed}"));
        var check = await ShouldBeOkJsonAsync(await GetAsGatewayAsync(user, AuditPath + "/verify"));

        check.GetProperty("valid").GetBoolean().ShouldBeFalse();
        Text(check, "message").ShouldContain("missing");
    }

    [Test]
    public async Task ShouldKeepOneUnbrokenChainWhenAWorkspaceChangesManyThingsAtOnce()
    {
        var user = await RegisterAsync();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => CreateItemAsync(user, null, ("lote", $"L-{i}"))));

        var check = await ShouldBeOkJsonAsync(await GetAsGatewayAsync(user, AuditPath + "/verify"));
        check.GetProperty("valid").GetBoolean().ShouldBeTrue(check.ToString());
        check.GetProperty("logs_checked").GetInt32().ShouldBe(8);
    }

    [Test]
    public async Task ShouldRecordNothingForAChangeThatFailed()
    {
        var owner = await RegisterAsync();
        var stranger = await RegisterAsync();
        var dfid = await CreateItemAsync(owner, null, ("lote", "L-1"));

        (await PutAsync(stranger, $"{ItemsPath}/{dfid}", new { enriched_data = new { weight = 1 } })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // A create without identifiers is kept for review (committed despite the 400) but creates no item to audit.
        (await PostAsync(owner, ItemsPath, new { identifiers = Array.Empty<object>() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await WithDatabaseAsync(async db => (await db.PendingItems.CountAsync()).ShouldBe(1));

        var strangerLogs = await ShouldBeOkJsonAsync(await GetAsGatewayAsync(stranger, AuditPath));
        ShouldBeWrappedList(strangerLogs, "logs").ShouldBeEmpty();
        var ownerLogs = ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(owner, AuditPath)), "logs");
        ownerLogs.Select(l => Text(l, "resource_id")).ShouldBe([dfid]);
    }

    [Test]
    public async Task ShouldShowACallerTheirWorkspaceChainAndAnAdminEveryChain()
    {
        var workspace = "coop-" + Guid.NewGuid().ToString("N")[..8];
        var alice = await RegisterInWorkspaceAsync(workspace);
        var bob = await RegisterInWorkspaceAsync(workspace);
        var carol = await RegisterAsync();
        var admin = await RegisterAdminAsync();
        var aliceItem = await CreateItemAsync(alice, null, ("lote", "A"));
        var bobItem = await CreateItemAsync(bob, null, ("lote", "B"));
        var carolItem = await CreateItemAsync(carol, null, ("lote", "C"));

        async Task<List<string>> ResourcesSeenBy(RegisteredUser user) =>
            ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(user, AuditPath)), "logs")
                .Select(l => Text(l, "resource_id")).ToList();

        (await ResourcesSeenBy(alice)).ShouldBe([bobItem, aliceItem]);
        (await ResourcesSeenBy(bob)).ShouldBe([bobItem, aliceItem]);
        (await ResourcesSeenBy(carol)).ShouldBe([carolItem]);
        (await ResourcesSeenBy(admin)).ShouldBe([carolItem, bobItem, aliceItem]);
        var adminCheck = await ShouldBeOkJsonAsync(await GetAsGatewayAsync(admin, AuditPath + "/verify"));
        adminCheck.GetProperty("valid").GetBoolean().ShouldBeTrue(adminCheck.ToString());
        adminCheck.GetProperty("logs_checked").GetInt32().ShouldBe(3);
    }
}
