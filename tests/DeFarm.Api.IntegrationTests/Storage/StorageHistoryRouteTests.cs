using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Storage;

public sealed class StorageHistoryRouteTests : StorageTestBase
{
    [Test]
    public async Task ShouldStoreTheItemsCanonicalJsonUnderItsCidWhenMigratingWithoutAnIpfsNode()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, new { breed = "Nelore" }, ("ear_tag", "A-1"));
        var expectedCid = await ExpectedCidAsync(alice, dfid);
        var before = DateTimeOffset.UtcNow;

        var response = await (await MigrateAsync(alice, dfid)).ShouldBeOkAsync();

        response.GetProperty("success").GetBoolean().ShouldBeTrue();
        response.GetProperty("dfid").GetString().ShouldBe(dfid);
        var record = response.GetProperty("record");
        record.GetProperty("storage_location").GetRawText().ShouldBe(new JsonObject { ["Local"] = new JsonObject { ["id"] = expectedCid } }.ToJsonString());
        record.GetProperty("adapter_type").GetString().ShouldBe("ipfs-ipfs");
        record.GetProperty("operation_type").GetString().ShouldBe("migration");
        record.GetProperty("user_id").GetString().ShouldBe(alice.UserId);
        record.GetProperty("circuit_id").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        record.GetProperty("is_primary").GetBoolean().ShouldBeTrue();
        record.GetProperty("metadata").GetProperty("content_cid").GetString().ShouldBe(expectedCid);
        record.GetProperty("stored_at").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(before.AddSeconds(-1));
        byte[]? stored = null;
        await WithDatabaseAsync(async db => stored = await db.ContentBlocks.Where(b => b.Cid == expectedCid)
            .Select(b => b.Content).SingleAsync());
        ContentId.Matches(expectedCid, stored!).ShouldBeTrue();
        JsonNode.Parse(stored)!["dfid"]!.GetValue<string>().ShouldBe(dfid);
    }

    [Test]
    public async Task ShouldGiveAnUnchangedItemTheSameCidAndAChangedOneANewCid()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var first = (await MigrateOkAsync(alice, dfid)).GetProperty("metadata").GetProperty("content_cid").GetString();

        var again = (await MigrateOkAsync(alice, dfid)).GetProperty("metadata").GetProperty("content_cid").GetString();
        await (await PutAsync(alice, $"{ItemsPath}/{dfid}", new { enriched_data = new { weight = 412 } })).ShouldBeOkAsync();
        var changed = (await MigrateOkAsync(alice, dfid)).GetProperty("metadata").GetProperty("content_cid").GetString();

        again.ShouldBe(first);
        changed.ShouldNotBe(first);
        changed.ShouldBe(await ExpectedCidAsync(alice, dfid));
    }

    [Test]
    public async Task ShouldListTheHistoryNewestFirstWithItsPrimaryAndSpan()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var first = await MigrateOkAsync(alice, dfid);
        await (await PutAsync(alice, $"{ItemsPath}/{dfid}", new { enriched_data = new { weight = 412 } })).ShouldBeOkAsync();
        var second = await MigrateOkAsync(alice, dfid);

        var body = await (await GetAsync(alice, $"{HistoryPath}/{dfid}")).ShouldBeOkAsync();

        body.GetProperty("success").GetBoolean().ShouldBeTrue();
        var data = body.GetProperty("data");
        data.GetProperty("dfid").GetString().ShouldBe(dfid);
        var records = data.GetProperty("storage_records").EnumerateArray().ToList();
        records.Select(r => r.GetProperty("storage_location").GetRawText())
            .ShouldBe([second.GetProperty("storage_location").GetRawText(), first.GetProperty("storage_location").GetRawText()]);
        records.Select(r => r.GetProperty("is_primary").GetBoolean()).ShouldBe([true, false]);
        data.GetProperty("current_primary").GetRawText().ShouldBe(second.GetProperty("storage_location").GetRawText());
        // PostgreSQL keeps microseconds, the migrate response had the clock's full precision.
        data.GetProperty("created_at").GetDateTimeOffset().ShouldBe(first.GetProperty("stored_at").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        data.GetProperty("updated_at").GetDateTimeOffset().ShouldBe(second.GetProperty("stored_at").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
    }

    [Test]
    public async Task ShouldShowTheRecordsInTheItemsRouteShape()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var cid = (await MigrateOkAsync(alice, dfid)).GetProperty("metadata").GetProperty("content_cid").GetString();

        var body = await (await GetAsync(alice, $"{ItemsPath}/{dfid}/storage-history")).ShouldBeOkAsync();

        body.GetProperty("success").GetBoolean().ShouldBeTrue();
        body.GetProperty("dfid").GetString().ShouldBe(dfid);
        var record = body.GetProperty("records").EnumerateArray().ShouldHaveSingleItem();
        record.GetProperty("adapter_type").GetString().ShouldBe("ipfs-ipfs");
        record.GetProperty("storage_location").GetString().ShouldBe($"Local {{ id: \"{cid}\" }}");
        record.GetProperty("triggered_by").GetString().ShouldBe("migration");
        record.GetProperty("is_active").GetBoolean().ShouldBeTrue();
        record.GetProperty("ipfs_cid").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        record.GetProperty("stored_at").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Test]
    public async Task ShouldListDistinctLocationsFromThePath()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var cid = (await MigrateOkAsync(alice, dfid)).GetProperty("metadata").GetProperty("content_cid").GetString();
        await MigrateOkAsync(alice, dfid);
        var fresh = await CreateItemAsync(alice, null, ("ear_tag", "A-2"));

        var body = await (await GetAsync(alice, $"{HistoryPath}/{dfid}/locations")).ShouldBeOkAsync();
        var empty = await (await GetAsync(alice, $"{HistoryPath}/{fresh}/locations")).ShouldBeOkAsync();

        body.GetProperty("dfid").GetString().ShouldBe(dfid);
        body.GetProperty("count").GetInt32().ShouldBe(1);
        body.GetProperty("locations")[0].GetRawText().ShouldBe(new JsonObject { ["Local"] = new JsonObject { ["id"] = cid } }.ToJsonString());
        empty.GetProperty("count").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task ShouldCountOnlyTheCallersVisibleItemsInTheStatistics()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var mine = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var theirs = await CreateItemAsync(bob, null, ("ear_tag", "B-1"));
        await MigrateOkAsync(alice, mine);
        await MigrateOkAsync(alice, mine);
        await MigrateOkAsync(bob, theirs);

        var body = await (await GetAsync(alice, $"{HistoryPath}/statistics")).ShouldBeOkAsync();

        var statistics = body.GetProperty("statistics");
        statistics.GetProperty("total_items_tracked").GetInt32().ShouldBe(1);
        statistics.GetProperty("total_storage_locations").GetInt32().ShouldBe(2);
        statistics.GetProperty("adapter_distribution").GetProperty("ipfs-ipfs").GetInt32().ShouldBe(2);
        statistics.GetProperty("migration_count").GetInt32().ShouldBe(2);
        statistics.GetProperty("generated_at").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Test]
    public async Task ShouldMoveThePrimaryBackToAnEarlierLocation()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var first = await MigrateOkAsync(alice, dfid);
        await (await PutAsync(alice, $"{ItemsPath}/{dfid}", new { enriched_data = new { weight = 412 } })).ShouldBeOkAsync();
        await MigrateOkAsync(alice, dfid);
        var firstLocation = JsonNode.Parse(first.GetProperty("storage_location").GetRawText());

        var body = await (await PostAsync(alice, $"{HistoryPath}/{dfid}/primary", new { storage_location = firstLocation }))
            .ShouldBeOkAsync();

        body.GetProperty("success").GetBoolean().ShouldBeTrue();
        body.GetProperty("current_primary").GetRawText().ShouldBe(firstLocation!.ToJsonString());
        var history = await (await GetAsync(alice, $"{HistoryPath}/{dfid}")).ShouldBeOkAsync();
        history.GetProperty("data").GetProperty("current_primary").GetRawText().ShouldBe(firstLocation.ToJsonString());
        history.GetProperty("data").GetProperty("storage_records").EnumerateArray()
            .Select(r => r.GetProperty("is_primary").GetBoolean()).ShouldBe([false, true]);
    }

    [Test]
    public async Task ShouldRefuseAPrimaryLocationTheHistoryDoesNotHoldOrCannotRead()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        await MigrateOkAsync(alice, dfid);
        var path = $"{HistoryPath}/{dfid}/primary";

        await (await PostAsync(alice, path, new { storage_location = JsonNode.Parse("""{"IPFS":{"cid":"bafk-other","pinned":true}}""") }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "unknown_storage_location", "This storage location is not in the item's storage history");
        await (await PostAsync(alice, path, new { storage_location = JsonNode.Parse("""{"Tape":{"id":"x"}}""") }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_storage_location", "Unknown storage location type: Tape");
        await (await PostAsync(alice, path, new { }))
            .ShouldBeValidationErrorAsync("storage_location", "storage_location is required");
    }

    [Test]
    public async Task ShouldAnswerEveryMigrationErrorWithItsShape()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        await (await MigrateAsync(alice, dfid, "floppy"))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "unknown_adapter_type", "Unknown adapter type: floppy");
        await (await MigrateAsync(alice, dfid, "StellarTestnetIpfs"))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "adapter_not_available", "Adapter not available: stellar_testnet-ipfs");
        await (await MigrateAsync(alice, dfid, "stellar_mainnet-ipfs"))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "adapter_not_available", "Adapter not available: stellar_mainnet-ipfs");
        await (await MigrateAsync(alice, dfid, "none")).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "no_storage_adapter");
        await (await MigrateAsync(alice, dfid, null))
            .ShouldBeValidationErrorAsync("target_adapter_type", "target_adapter_type is required");
        await (await MigrateAsync(alice, "DFID-20260101-000999-1234"))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
        await (await GetAsync(alice, $"{HistoryPath}/{dfid}")).ShouldBeErrorAsync(
            HttpStatusCode.NotFound, "storage_history_not_found", "No storage history found for this DFID");
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnItemWithoutHistoryOrAnUnknownItem()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        await (await GetAsync(alice, $"{HistoryPath}/{dfid}"))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "storage_history_not_found", "No storage history found for this DFID");
        await (await GetAsync(alice, $"{ItemsPath}/{dfid}/storage-history"))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "storage_history_not_found", "No storage history found for this DFID");
        await (await PostAsync(alice, $"{HistoryPath}/{dfid}/primary", new { storage_location = JsonNode.Parse("""{"Local":{"id":"x"}}""") }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "storage_history_not_found");
        foreach (var path in new[]
                 {
                     $"{HistoryPath}/DFID-20260101-000999-1234", $"{HistoryPath}/DFID-20260101-000999-1234/locations",
                     $"{ItemsPath}/DFID-20260101-000999-1234/storage-history",
                 })
        {
            await (await GetAsync(alice, path)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
        }
    }

    [Test]
    public async Task ShouldHideTheHistoryOfItemsTheCallerMayNotSee()
    {
        var alice = await RegisterAsync();
        var mallory = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var location = JsonNode.Parse((await MigrateOkAsync(alice, dfid)).GetProperty("storage_location").GetRawText());

        foreach (var path in new[]
                 {
                     $"{HistoryPath}/{dfid}", $"{HistoryPath}/{dfid}/locations", $"{ItemsPath}/{dfid}/storage-history",
                     $"{ItemsPath}/{dfid}/timeline", $"{ItemsPath}/{dfid}/timeline/1",
                 })
        {
            await (await GetAsync(mallory, path)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
        }

        await (await MigrateAsync(mallory, dfid)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found");
        await (await PostAsync(mallory, $"{HistoryPath}/{dfid}/primary", new { storage_location = location }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found");
        var statistics = await (await GetAsync(mallory, $"{HistoryPath}/statistics")).ShouldBeOkAsync();
        statistics.GetProperty("statistics").GetProperty("total_items_tracked").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task ShouldLetASharedUserReadButNotMigrateAndAnAdminDoBoth()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var admin = await RegisterAsync();
        await MakeAdminAsync(admin);
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        await MigrateOkAsync(alice, dfid);
        await ShareItemAsync(alice, dfid, bob);

        (await (await GetAsync(bob, $"{HistoryPath}/{dfid}")).ShouldBeOkAsync())
            .GetProperty("data").GetProperty("storage_records").GetArrayLength().ShouldBe(1);
        await (await MigrateAsync(bob, dfid))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "not_item_owner", "Only the item's creator or an admin may change it");
        var byAdmin = await MigrateOkAsync(admin, dfid);

        byAdmin.GetProperty("user_id").GetString().ShouldBe(admin.UserId);
        (await (await GetAsync(admin, $"{HistoryPath}/{dfid}")).ShouldBeOkAsync())
            .GetProperty("data").GetProperty("storage_records").GetArrayLength().ShouldBe(2);
    }

    [Test]
    public async Task ShouldTakeTheActingUserFromTheCredentialsNotTheBody()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var response = await PostAsync(alice, $"{HistoryPath}/{dfid}/migrate", new
        {
            target_adapter_type = "IpfsIpfs", user_id = "someone-else", circuit_id = Guid.NewGuid(),
        });

        var record = (await response.ShouldBeOkAsync()).GetProperty("record");
        record.GetProperty("user_id").GetString().ShouldBe(alice.UserId);
        record.GetProperty("circuit_id").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Test]
    public async Task ShouldNotShowTheStorageHistoryOfAnUnpublishedItem()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        await MigrateOkAsync(alice, dfid);

        var response = await Client.GetAsync($"/api/public/storage-history/{dfid}");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_public", "Item not found in any public circuit");
    }

    [Test]
    public async Task ShouldRecordEveryConcurrentMigrationOfOneItem()
    {
        const int migrations = 5;
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var responses = await Task.WhenAll(Enumerable.Range(0, migrations).Select(_ => MigrateAsync(alice, dfid)));

        foreach (var response in responses)
        {
            await response.ShouldBeOkAsync();
        }

        var history = await (await GetAsync(alice, $"{HistoryPath}/{dfid}")).ShouldBeOkAsync();
        history.GetProperty("data").GetProperty("storage_records").GetArrayLength().ShouldBe(migrations);
        var timeline = await (await GetAsync(alice, $"{ItemsPath}/{dfid}/timeline")).ShouldBeOkAsync();
        timeline.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt32())
            .ShouldBe(Enumerable.Range(1, migrations));
    }
}
