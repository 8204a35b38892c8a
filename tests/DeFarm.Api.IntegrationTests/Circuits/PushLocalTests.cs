using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Circuits;

/// <summary>
/// <c>POST /api/circuits/:id/push-local</c>: tokenization (engines-api.md §3.3, decisions 3–7) and the effects of a
/// push that needs no approval (decisions 9–11).
/// </summary>
public sealed class PushLocalTests : PushTestBase
{
    [Test]
    public async Task ShouldMintADfidMapTheLidAndRecordEveryEffectOfThePush()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(alice, adapter: "ipfs-ipfs");
        var lid = await CreateLocalItemAsync(alice, new { breed = "Nelore" }, Sisbov("123456789012"));

        var data = await PushLocalOkAsync(alice, circuitId, lid, enrichedData: new { weight_kg = 412 });

        var dfid = Text(data, "dfid");
        dfid.ShouldStartWith("DFID-");
        Text(data, "status").ShouldBe("NewItemCreated");
        Text(data, "local_id").ShouldBe(lid);
        var mapping = (await (await GetAsync(alice, $"/api/items/mapping/{lid}")).ShouldBeOkAsync()).GetProperty("data");
        (Text(mapping, "dfid"), Text(mapping, "status")).ShouldBe((dfid, "Tokenized"));
        var item = await GetItemAsync(alice, dfid);
        item.GetProperty("enriched_data").GetRawText().ShouldBe("""{"breed":"Nelore","weight_kg":412}""");
        IdentifierValues(item).ShouldBe(["BR123456789012"]);
        var operation = (await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/operations")).ShouldBeOkAsync())
            .EnumerateArray().ShouldHaveSingleItem();
        (Text(operation, "operation_id"), Text(operation, "status"), Text(operation, "operation_type"))
            .ShouldBe((Text(data, "operation_id"), "Completed", "Push"));
        DfidsOf(await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/items")).ShouldBeOkAsync()).ShouldBe([dfid]);
        var activity = (await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/activities")).ShouldBeOkAsync())
            .EnumerateArray().ShouldHaveSingleItem();
        (Text(activity, "activity_type"), Text(activity, "status")).ShouldBe(("Push", "Success"));
        var pushed = (await EventsOfAsync(alice, circuitId, dfid)).ShouldHaveSingleItem();
        (Text(pushed, "event_type"), Text(pushed, "source"), Text(pushed, "visibility"))
            .ShouldBe(("PushedToCircuit", alice.UserId, "CircuitOnly"));
        Text(pushed.GetProperty("metadata"), "operation").ShouldBe("push");
        Text(pushed.GetProperty("metadata"), "circuit_id").ShouldBe(circuitId);
        var record = (await (await GetAsync(alice, $"{ItemsPath}/{dfid}/storage-history")).ShouldBeOkAsync())
            .GetProperty("records").EnumerateArray().ShouldHaveSingleItem();
        (Text(record, "adapter_type"), Text(record, "triggered_by")).ShouldBe(("ipfs-ipfs", "circuit_push"));
        (await (await GetAsync(alice, $"{ItemsPath}/{dfid}/timeline")).ShouldBeOkAsync()).GetProperty("total_entries").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task ShouldKeepTheLocalItemAndMergeTheRequestOverItsStoredData()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(alice);
        var lid = await CreateLocalItemAsync(alice, new { breed = "Nelore", color = "white" }, Lot("L-1"));

        var data = await PushLocalOkAsync(alice, circuitId, lid, [Sisbov("123456789012")], new { color = "brown" });

        var item = await GetItemAsync(alice, Text(data, "dfid"));
        item.GetProperty("enriched_data").GetRawText().ShouldBe("""{"breed":"Nelore","color":"brown"}""");
        IdentifierValues(item).ShouldBe(["L-1", "BR123456789012"]);
        await WithDatabaseAsync(async db =>
        {
            var local = await db.Items.AsNoTracking().SingleAsync(i => i.Dfid == "LID-" + lid);
            local.EnrichedData.ToJsonString().ShouldBe("""{"breed":"Nelore","color":"white"}""");
        });
        (await CountPipelineRowsAsync()).StorageHistories.ShouldBe(0);
    }

    [Test]
    public async Task ShouldEnrichTheItemAlreadyNamedByACanonicalIdentifier()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreatePushCircuitAsync(alice);
        await AddMemberAsync(alice, circuitId, bob, "member");
        var first = await PushLocalOkAsync(
            alice, circuitId, await CreateLocalItemAsync(alice, new { breed = "Nelore" }, Sisbov("123456789012")));
        var bobsLid = await CreateLocalItemAsync(bob, new { weight_kg = 400 }, Sisbov("123456789012"), Lot("L-9"));

        var second = await PushLocalOkAsync(bob, circuitId, bobsLid);

        Text(second, "dfid").ShouldBe(Text(first, "dfid"));
        Text(second, "status").ShouldBe("ExistingItemEnriched");
        var item = await GetItemAsync(alice, Text(first, "dfid"));
        item.GetProperty("enriched_data").GetRawText().ShouldBe("""{"breed":"Nelore","weight_kg":400}""");
        IdentifierValues(item).ShouldBe(["BR123456789012", "L-9"]);
        var bobsMapping = (await (await GetAsync(bob, $"/api/items/mapping/{bobsLid}")).ShouldBeOkAsync()).GetProperty("data");
        (Text(bobsMapping, "dfid"), Text(bobsMapping, "status")).ShouldBe((Text(first, "dfid"), "Tokenized"));
        var rows = await CountPipelineRowsAsync();
        (rows.TokenizedItems, rows.CanonicalEntries, rows.CircuitItems, rows.Operations).ShouldBe((1, 1, 1, 2));
        await WithDatabaseAsync(async db =>
        {
            var stored = await db.Items.AsNoTracking().SingleAsync(i => i.Dfid == Text(first, "dfid"));
            stored.Aliases.Select(a => a.Scheme).ShouldBe([$"user:{alice.UserId}", $"user:{bob.UserId}"]);
        });
    }

    [Test]
    public async Task ShouldResolveToTheItemThatAlreadyCarriesAnUnindexedCanonicalIdentifier()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(alice);
        var legacy = await (await PostAsync(alice, ItemsPath, new { identifiers = new[] { Sisbov("123456789012") } })).ShouldBeOkAsync();
        var lid = await CreateLocalItemAsync(alice, new { breed = "Nelore" }, Sisbov("123456789012"));

        var data = await PushLocalOkAsync(alice, circuitId, lid);

        (Text(data, "dfid"), Text(data, "status")).ShouldBe((Text(legacy, "dfid"), "ExistingItemEnriched"));
        var rows = await CountPipelineRowsAsync();
        (rows.TokenizedItems, rows.CanonicalEntries).ShouldBe((1, 1));
        var again = await (await PostAsync(alice, ItemsPath, new { identifiers = new[] { Sisbov("123456789012") } })).ShouldBeOkAsync();
        Text(again, "dfid").ShouldBe(Text(legacy, "dfid"));
    }

    [Test]
    public async Task ShouldGiveTheSameDfidWhenTheSameLocalItemIsPushedAgain()
    {
        var alice = await RegisterAsync();
        var (one, two) = (await CreatePushCircuitAsync(alice), await CreatePushCircuitAsync(alice));
        var lid = await CreateLocalItemAsync(alice, null, Lot("L-1"));

        var first = await PushLocalOkAsync(alice, one, lid);
        var second = await PushLocalOkAsync(alice, two, lid);

        Text(second, "dfid").ShouldBe(Text(first, "dfid"));
        Text(second, "status").ShouldBe("ExistingItemEnriched");
    }

    [Test]
    public async Task ShouldFindTheItemByItsFingerprintWhenTheCircuitUsesFingerprints()
    {
        var alice = await RegisterAsync();
        var aliasConfig = new
        {
            required_canonical = Array.Empty<string>(), required_contextual = new[] { "lote" }, use_fingerprint = true,
            allowed_namespaces = new[] { "bovino" }, auto_apply_namespace = true,
        };
        var circuitId = await CreatePushCircuitAsync(alice, aliasConfig: aliasConfig);
        var plainCircuit = await CreatePushCircuitAsync(alice);

        var first = await PushLocalOkAsync(alice, circuitId, await CreateLocalItemAsync(alice, new { a = 1 }, Lot("L-7")));
        var twin = await PushLocalOkAsync(alice, circuitId, await CreateLocalItemAsync(alice, new { b = 2 }, Lot("L-7")));
        var other = await PushLocalOkAsync(alice, circuitId, await CreateLocalItemAsync(alice, null, Lot("L-8")));
        var elsewhere = await PushLocalOkAsync(alice, plainCircuit, await CreateLocalItemAsync(alice, null, Lot("L-7")));

        (Text(twin, "dfid"), Text(twin, "status")).ShouldBe((Text(first, "dfid"), "ExistingItemEnriched"));
        Text(other, "dfid").ShouldNotBe(Text(first, "dfid"));
        Text(elsewhere, "dfid").ShouldNotBe(Text(first, "dfid"));
        (await GetItemAsync(alice, Text(first, "dfid"))).GetProperty("enriched_data").GetRawText().ShouldBe("""{"a":1,"b":2}""");
        (await CountPipelineRowsAsync()).Fingerprints.ShouldBe(2);
    }

    [Test]
    public async Task ShouldEnforceTheCircuitsAliasRequirements()
    {
        var alice = await RegisterAsync();
        var aliasConfig = new
        {
            required_canonical = new[] { "sisbov" }, required_contextual = Array.Empty<string>(), use_fingerprint = false,
            allowed_namespaces = new[] { "bovino" }, auto_apply_namespace = true,
        };
        var circuitId = await CreatePushCircuitAsync(alice, aliasConfig: aliasConfig);
        var withoutSisbov = await CreateLocalItemAsync(alice, null, Lot("L-1"));
        var wrongNamespace = await CreateLocalItemAsync(alice, null, Sisbov("123456789012"), new { @namespace = "soja", key = "safra", value = "2025" });

        await (await PushLocalAsync(alice, circuitId, withoutSisbov))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "missing_required_identifier", "Missing required canonical identifier: sisbov");
        await (await PushLocalAsync(alice, circuitId, wrongNamespace))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "namespace_not_allowed", "Namespace 'soja' not allowed in this circuit");
        (await CountPipelineRowsAsync()).ShouldBe(new PipelineRows(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    [Test]
    public async Task ShouldAnswer404ForAnUnknownOrAnotherWorkspacesLocalItem()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreatePushCircuitAsync(alice);
        await AddMemberAsync(alice, circuitId, bob, "member");
        var alicesLid = await CreateLocalItemAsync(alice, null, Lot("L-1"));

        await (await PushLocalAsync(alice, circuitId, Guid.NewGuid().ToString()))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "local_item_not_found", "Local item not found");
        await (await PushLocalAsync(bob, circuitId, alicesLid))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "local_item_not_found", "Local item not found");
        await (await PushLocalAsync(alice, circuitId, "not-a-uuid")).ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        (await CountPipelineRowsAsync()).Operations.ShouldBe(0);
    }

    [Test]
    public async Task ShouldAutoPublishWhenThePublicSettingsSaySo()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(alice, autoPublish: true);

        var data = await PushLocalOkAsync(alice, circuitId, await CreateLocalItemAsync(alice, null, Lot("L-1")));

        (await PublishedDfidsAsync(alice, circuitId)).ShouldBe([Text(data, "dfid")]);
        var page = await (await Client.GetAsync($"{CircuitsPath}/{circuitId}/public")).ShouldBeOkAsync();
        Strings(page.GetProperty("data").GetProperty("published_items")).ShouldBe([Text(data, "dfid")]);
        Text((await EventsOfAsync(alice, circuitId, Text(data, "dfid"))).ShouldHaveSingleItem(), "visibility").ShouldBe("Public");
    }

    [Test]
    public async Task ShouldRefuseAnAdapterTheCallersTierDoesNotIncludeUnlessTheCircuitSponsorsIt()
    {
        var (owner, member) = (await RegisterAsync(), await RegisterAsync());
        await SetTierAsync(owner, "enterprise");
        var circuitId = await CreatePushCircuitAsync(owner, adapter: "stellar_testnet-ipfs");
        await AddMemberAsync(owner, circuitId, member, "member");

        await (await PushLocalAsync(member, circuitId, await CreateLocalItemAsync(member, null, Lot("L-1"))))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "adapter_permission_denied");
        (await CountPipelineRowsAsync()).ShouldBe(new PipelineRows(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    [Test]
    public async Task ShouldStoreNothingExternallyForTheNoneAdapter()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(alice, adapter: "none");

        var data = await PushLocalOkAsync(alice, circuitId, await CreateLocalItemAsync(alice, null, Lot("L-1")));

        Text(data, "status").ShouldBe("NewItemCreated");
        var rows = await CountPipelineRowsAsync();
        (rows.CircuitItems, rows.StorageHistories, rows.TimelineEntries).ShouldBe((1, 0, 0));
    }
}
