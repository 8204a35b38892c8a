using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Circuits;

/// <summary>
/// Pushes of items that already have a DFID (one by one and in batches) and of local events
/// (engines-api.md §3.4, §3.5), through the same pipeline as push-local.
/// </summary>
public sealed class PushByDfidAndEventsTests : PushTestBase
{
    [Test]
    public async Task ShouldPushAVisibleItemAndStoreItsVersionAsACircuitMigration()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreatePushCircuitAsync(alice, adapter: "ipfs-ipfs");
        await AddMemberAsync(alice, circuitId, bob, "member");
        var dfid = await CreateItemAsync(alice, new { breed = "Nelore" }, ("tag", "T-1"));

        var operation = await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/push/{dfid}", new { })).ShouldBeOkAsync();

        (Text(operation, "dfid"), Text(operation, "status"), Text(operation, "requester_id")).ShouldBe((dfid, "Completed", alice.UserId));
        DfidsOf(await (await GetAsync(bob, $"{CircuitsPath}/{circuitId}/items")).ShouldBeOkAsync()).ShouldBe([dfid]);
        var record = (await (await GetAsync(alice, $"{ItemsPath}/{dfid}/storage-history")).ShouldBeOkAsync())
            .GetProperty("records").EnumerateArray().ShouldHaveSingleItem();
        Text(record, "triggered_by").ShouldBe("circuit_migration");
        var bobsItem = await CreateItemAsync(bob, null, ("tag", "B-1"));
        await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/push/{bobsItem}", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
    }

    [Test]
    public async Task ShouldPushABatchReportingEachEntryAndStoringTheSuccessfulOnesTogether()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreatePushCircuitAsync(alice, adapter: "ipfs-ipfs");
        var first = await CreateItemAsync(alice, null, ("tag", "A-1"));
        var second = await CreateItemAsync(alice, null, ("tag", "A-2"));
        var bobsItem = await CreateItemAsync(bob, null, ("tag", "B-1"));

        var answer = await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/push/batch", new
        {
            items = new object[]
            {
                new { dfid = first }, new { dfid = second, data = new { ignored = true } }, new { dfid = first },
                new { dfid = bobsItem }, new { dfid = "DFID-bogus" },
            },
        })).ShouldBeOkAsync();

        (answer.GetProperty("success_count").GetInt32(), answer.GetProperty("failed_count").GetInt32()).ShouldBe((2, 3));
        answer.GetProperty("results").EnumerateArray()
            .Select(r => (Text(r, "dfid"), r.GetProperty("success").GetBoolean(), r.TryGetProperty("error_message", out var e) ? e.GetString() : null))
            .ShouldBe([
                (first, true, null), (second, true, null), (first, false, "Duplicate DFID in this batch"),
                (bobsItem, false, "Item not found"), ("DFID-bogus", false, "Item not found"),
            ]);
        var rows = await CountPipelineRowsAsync();
        (rows.CircuitItems, rows.Operations, rows.Activities, rows.Events, rows.StorageHistories).ShouldBe((2, 2, 2, 2, 2));
        await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/push/batch", new { items = Array.Empty<object>() }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldPushTheCallersLocalEventsAndAnswerTwinsAsDuplicates()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreatePushCircuitAsync(alice);
        await AddMemberAsync(alice, circuitId, bob, "member");
        var dfid = Text(await PushLocalOkAsync(alice, circuitId, await CreateLocalItemAsync(alice, null, Lot("L-1"))), "dfid");
        var vaccine = await CreateLocalEventAsync(alice, new { vaccine = "aftosa" });
        var twin = await CreateLocalEventAsync(alice, new { vaccine = "aftosa" });
        var weight = await CreateLocalEventAsync(alice, new { weight_kg = 400 });
        var bobs = await CreateLocalEventAsync(bob, new { by = "bob" });

        var answer = await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/push-events", new
        {
            local_event_ids = new[] { vaccine, twin, weight, bobs, Guid.NewGuid().ToString() },
            dfid,
        })).ShouldBeOkAsync();

        (answer.GetProperty("events_pushed").GetInt32(), answer.GetProperty("events_deduplicated").GetInt32()).ShouldBe((2, 1));
        var outcomes = answer.GetProperty("events").EnumerateArray().ToList();
        outcomes.Select(o => Text(o, "local_event_id")).ShouldBe([vaccine, twin, weight]);
        outcomes.ShouldAllBe(o => Text(o, "dfid") == dfid);
        Text(outcomes[1], "original_event_id").ShouldBe(Text(outcomes[0], "event_id"));
        var events = await EventsOfAsync(alice, circuitId, dfid);
        events.Select(e => Text(e, "event_type")).Order().ShouldBe(["PushedToCircuit", "Updated", "Updated"]);
        await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/push-events", new { local_event_ids = new[] { weight }, dfid = "DFID-elsewhere" }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_in_circuit");
    }

    private static async Task<string> CreateLocalEventAsync(RegisteredUser user, object metadata)
    {
        var body = await (await PostAsync(user, "/api/events/local", new { event_type = "Updated", visibility = "public", metadata }))
            .Content.ReadAsStringAsync();
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("local_event_id").GetString()!;
    }
}
