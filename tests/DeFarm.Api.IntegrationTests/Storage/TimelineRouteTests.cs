using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Storage;

namespace DeFarm.Api.IntegrationTests.Storage;

public sealed class TimelineRouteTests : StorageTestBase
{
    [Test]
    public async Task ShouldListEveryStoredCidBySequence()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var firstCid = await ExpectedCidAsync(alice, dfid);
        await MigrateOkAsync(alice, dfid);
        await (await PutAsync(alice, $"{ItemsPath}/{dfid}", new { enriched_data = new { weight = 412 } })).ShouldBeOkAsync();
        var secondCid = await ExpectedCidAsync(alice, dfid);
        await MigrateOkAsync(alice, dfid);

        var body = await (await GetAsync(alice, $"{ItemsPath}/{dfid}/timeline")).ShouldBeOkAsync();

        body.GetProperty("dfid").GetString().ShouldBe(dfid);
        body.GetProperty("total_entries").GetInt32().ShouldBe(2);
        var entries = body.GetProperty("timeline").EnumerateArray().ToList();
        entries.Select(e => (e.GetProperty("sequence").GetInt32(), e.GetProperty("cid").GetString()))
            .ShouldBe([(1, firstCid), (2, secondCid)]);
        entries[0].GetProperty("network").GetString().ShouldBe("local");
        entries[0].GetProperty("transaction_hash").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        entries[0].GetProperty("blockchain_timestamp").GetInt64().ShouldBeAbout(DateTimeOffset.UtcNow);
        entries[0].GetProperty("created_at").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Test]
    public async Task ShouldAnswerOneEntryOrItsErrors()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var cid = await ExpectedCidAsync(alice, dfid);
        await MigrateOkAsync(alice, dfid);

        var entry = await (await GetAsync(alice, $"{ItemsPath}/{dfid}/timeline/1")).ShouldBeOkAsync();

        entry.GetProperty("sequence").GetInt32().ShouldBe(1);
        entry.GetProperty("cid").GetString().ShouldBe(cid);
        await (await GetAsync(alice, $"{ItemsPath}/{dfid}/timeline/2"))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "timeline_entry_not_found", "Timeline entry not found");
        (await (await GetAsync(alice, $"{ItemsPath}/{dfid}/timeline/first")).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed"))
            .GetProperty("errors").TryGetProperty("sequence", out _).ShouldBeTrue();
        await (await GetAsync(alice, $"{ItemsPath}/DFID-20260101-000999-1234/timeline"))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found");
    }

    [Test]
    public async Task ShouldAnswerAnEmptyTimelineBeforeTheFirstStore()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var body = await (await GetAsync(alice, $"{ItemsPath}/{dfid}/timeline")).ShouldBeOkAsync();

        body.GetProperty("total_entries").GetInt32().ShouldBe(0);
        body.GetProperty("timeline").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task ShouldReportIndexingProgressOfTheStellarNetworksOnly()
    {
        var alice = await RegisterAsync();
        await WithDatabaseAsync(async db =>
        {
            var progress = IndexingProgress.Start("stellar-testnet");
            progress.RecordProgress(5120, 5118, 3, new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
            db.IndexingProgress.Add(progress);
            await db.SaveChangesAsync();
        });

        var body = await (await GetAsync(alice, "/api/timeline/indexing-progress/stellar-testnet")).ShouldBeOkAsync();

        body.GetProperty("network").GetString().ShouldBe("stellar-testnet");
        body.GetProperty("last_indexed_ledger").GetInt64().ShouldBe(5120);
        body.GetProperty("last_confirmed_ledger").GetInt64().ShouldBe(5118);
        body.GetProperty("total_events_indexed").GetInt64().ShouldBe(3);
        body.GetProperty("status").GetString().ShouldBe("active");
        body.GetProperty("error_message").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        await (await GetAsync(alice, "/api/timeline/indexing-progress/stellar-mainnet")).ShouldBeErrorAsync(
            HttpStatusCode.NotFound, "indexing_progress_not_found", "No indexing progress recorded for stellar-mainnet");
        await (await GetAsync(alice, "/api/timeline/indexing-progress/ethereum")).ShouldBeValidationErrorAsync(
            "network", "Invalid network 'ethereum': expected stellar-testnet or stellar-mainnet");
    }
}
