using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway.Items;

/// <summary>
/// Pushing from the front end (spa-contract §0.4, §4 item 7): <c>circuit_id</c> on creation and
/// <c>metadata.circuit_id</c> on update go through the engines push pipeline, and the circuit's item list and the
/// item's timeline show it.
/// </summary>
public sealed class GatewayItemPushTests : GatewayItemsTestBase
{
    [Test]
    public async Task ShouldCreateAnItemIntoACircuitThroughThePushPipeline()
    {
        var user = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(user, adapter: "ipfs-ipfs");
        var outside = await CreateGatewayItemIdAsync(user);

        var id = ItemIdOf(await CreateGatewayItemAsync(user, NewItemBody(circuitId: circuitId)));

        (await ListedItemIdsAsync(user, $"?circuit_id={circuitId}")).ShouldBe([id]);
        (await ListedItemIdsAsync(user)).ShouldBe([id, outside]);
        var push = (await ListedEventsAsync(user, $"?item_id={id}")).Single(e => Type(e) == "CircuitPush");
        push.GetProperty("circuit_id").GetString().ShouldBe(circuitId);
        push.GetProperty("metadata").GetProperty("circuit").GetString().ShouldStartWith("Push ");
        var anchors = await GatewayGetOkAsync(user, $"/gateway/api/adapter/items/{id}/anchors");
        anchors.GetProperty("storage_refs").GetArrayLength().ShouldBe(1, "the circuit's adapter stored the pushed item");
    }

    [Test]
    public async Task ShouldPushThroughMetadataCircuitIdAndLeaveTheMetadataAsItIs()
    {
        var user = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(user);
        var id = await CreateGatewayItemIdAsync(user, NewItemBody(metadata: new { raca = "Nelore" }));

        var updated = await (await PutAsync(user, $"{GatewayItemsPath}/{id}", new { metadata = new { circuit_id = circuitId } }))
            .ShouldBeOkAsync();

        updated.GetProperty("id").GetString().ShouldBe(id);
        var metadata = (await GatewayGetOkAsync(user, $"{GatewayItemsPath}/{id}")).GetProperty("item").GetProperty("metadata");
        metadata.GetProperty("raca").GetString().ShouldBe("Nelore");
        metadata.TryGetProperty("circuit_id", out _).ShouldBeFalse("circuit_id asks for a push; it is not stored");
        (await ListedItemIdsAsync(user, $"?circuit_id={circuitId}")).ShouldBe([id]);
        var events = await ListedEventsAsync(user, $"?item_id={id}");
        events.Select(Type).ShouldBe(["CircuitPush", "ItemCreated"]);
        events[0].GetProperty("metadata").GetProperty("circuit").GetString().ShouldStartWith("Push ");
    }

    [Test]
    public async Task ShouldReplaceTheMetadataWithTheOtherKeysAndPushInOneRequest()
    {
        var user = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(user);
        var id = await CreateGatewayItemIdAsync(user, NewItemBody(metadata: new { raca = "Nelore", peso = 210 }));

        await (await PutAsync(user, $"{GatewayItemsPath}/{id}", new { metadata = new { circuit_id = circuitId, raca = "Angus", lote = "L-2" } }))
            .ShouldBeOkAsync();

        var item = (await GatewayGetOkAsync(user, $"{GatewayItemsPath}/{id}")).GetProperty("item");
        item.GetProperty("metadata").EnumerateObject().Select(p => p.Name).ShouldBe(["raca", "lote"], ignoreOrder: true);
        item.GetProperty("metadata").GetProperty("raca").GetString().ShouldBe("Angus");
        item.GetProperty("value_chain").GetString().ShouldBe("bovino", "the description is kept");
        item.GetProperty("year").GetInt32().ShouldBe(2025);
        (await ListedItemIdsAsync(user, $"?circuit_id={circuitId}")).ShouldBe([id]);
        var update = (await ListedEventsAsync(user, $"?item_id={id}")).Single(e => Type(e) == "item_updated");
        update.GetProperty("metadata").GetProperty("fields").EnumerateArray().Select(f => f.GetString())
            .ShouldBe(["raca", "lote", "peso"]);
    }

    [Test]
    public async Task ShouldRecordNothingWhenTheSameMetadataIsSavedAgain()
    {
        var user = await RegisterAsync();
        var id = await CreateGatewayItemIdAsync(user, NewItemBody(metadata: new { raca = "Nelore" }));
        await (await PutAsync(user, $"{GatewayItemsPath}/{id}", new { metadata = new { raca = "Angus" } })).ShouldBeOkAsync();

        await (await PutAsync(user, $"{GatewayItemsPath}/{id}", new { metadata = new { raca = "Angus" } })).ShouldBeOkAsync();
        await (await PutAsync(user, $"{GatewayItemsPath}/{id}", new { metadata = new { } })).ShouldBeOkAsync();

        (await ListedEventsAsync(user, $"?item_id={id}")).Select(Type).ShouldBe(["item_updated", "item_updated", "ItemCreated"]);
        (await GatewayGetOkAsync(user, $"{GatewayItemsPath}/{id}")).GetProperty("item").GetProperty("metadata")
            .EnumerateObject().ShouldBeEmpty("the whole map replaces the metadata");
    }

    [Test]
    public async Task ShouldRefuseAPushTheCallerMayNotMakeAndStoreNothingOfTheRequest()
    {
        var user = await RegisterAsync();
        var owner = await RegisterAsync();
        var othersCircuit = await CreatePushCircuitAsync(owner);
        var viewedCircuit = await CreatePushCircuitAsync(owner);
        await AddMemberAsync(owner, viewedCircuit, user, "Viewer");
        var id = await CreateGatewayItemIdAsync(user, NewItemBody(metadata: new { raca = "Nelore" }));
        var before = await CountPipelineRowsAsync();

        var invisible = await PutAsync(user, $"{GatewayItemsPath}/{id}", new { metadata = new { circuit_id = othersCircuit, raca = "Angus" } });
        var withoutPush = await PutAsync(user, $"{GatewayItemsPath}/{id}", new { metadata = new { circuit_id = viewedCircuit } });
        var malformed = await PutAsync(user, $"{GatewayItemsPath}/{id}", new { metadata = new { circuit_id = "not-a-circuit" } });
        var missing = await PutAsync(user, $"{GatewayItemsPath}/{id}", new { });

        await invisible.ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        await withoutPush.ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
        (await malformed.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed"))
            .GetProperty("details").TryGetProperty("metadata.circuit_id", out _).ShouldBeTrue();
        await missing.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        (await CountPipelineRowsAsync()).ShouldBe(before);
        (await GatewayGetOkAsync(user, $"{GatewayItemsPath}/{id}")).GetProperty("item").GetProperty("metadata")
            .GetProperty("raca").GetString().ShouldBe("Nelore");
    }

    [Test]
    public async Task ShouldLetACircuitMemberSeeAndPushButNotEditAnotherMembersItem()
    {
        var owner = await RegisterAsync();
        var member = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner);
        var memberCircuit = await CreatePushCircuitAsync(member);
        await AddMemberAsync(owner, circuitId, member, "Member");
        var id = ItemIdOf(await CreateGatewayItemAsync(owner, NewItemBody(circuitId: circuitId)));

        (await ListedItemIdsAsync(member, $"?circuit_id={circuitId}")).ShouldBe([id]);
        var edit = await PutAsync(member, $"{GatewayItemsPath}/{id}", new { metadata = new { raca = "Angus" } });
        var push = await PutAsync(member, $"{GatewayItemsPath}/{id}", new { metadata = new { circuit_id = memberCircuit } });

        await edit.ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "not_item_owner");
        await push.ShouldBeOkAsync();
        (await ListedItemIdsAsync(member, $"?circuit_id={memberCircuit}")).ShouldBe([id]);
    }

    [Test]
    public async Task ShouldFilterOnlyByACircuitTheCallerMaySee()
    {
        var user = await RegisterAsync();
        var owner = await RegisterAsync();
        var privateCircuit = await CreatePushCircuitAsync(owner);

        await (await GetAsync(user, $"{GatewayItemsPath}?circuit_id={privateCircuit}"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        (await (await GetAsync(user, $"{GatewayItemsPath}?circuit_id=nope")).ShouldBeGatewayErrorAsync(
            HttpStatusCode.BadRequest, "validation_failed")).GetProperty("details").TryGetProperty("circuit_id", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldWaitForApprovalBeforeACircuitHoldsAnItemPushedFromTheFrontEnd()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner, requireApproval: true);
        var id = await CreateGatewayItemIdAsync(owner);

        await (await PutAsync(owner, $"{GatewayItemsPath}/{id}", new { metadata = new { circuit_id = circuitId } })).ShouldBeOkAsync();

        (await ListedItemIdsAsync(owner, $"?circuit_id={circuitId}")).ShouldBeEmpty();
        (await ListedEventsAsync(owner, $"?item_id={id}")).Select(Type).ShouldBe(["ItemCreated"]);
        var operations = await GatewayGetOkAsync(owner, $"{CircuitsPath}/{circuitId}/operations");
        operations.EnumerateArray().ShouldHaveSingleItem().GetProperty("status").GetString().ShouldBe("Pending");
    }
}
