using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Gateway.Items;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway.Events;

/// <summary>
/// <c>GET /gateway/api/events</c> (spa-contract §2.4 E1–E2, §3.3): the events the caller may see, newest first,
/// typed and described as the dashboards and the item timeline read them.
/// </summary>
public sealed class GatewayEventsTests : GatewayItemsTestBase
{
    [Test]
    public async Task ShouldListTheCallersEventsNewestFirstInTheFrontEndsShape()
    {
        var user = await RegisterAsync();
        var other = await RegisterAsync();
        var first = await CreateGatewayItemIdAsync(user);
        var second = await CreateGatewayItemIdAsync(user);
        await CreateGatewayItemIdAsync(other);

        var events = await ListedEventsAsync(user);

        events.Select(e => e.GetProperty("item_id").GetString()).ShouldBe([second, first]);
        var latest = events[0];
        Guid.TryParse(latest.GetProperty("id").GetString(), out _).ShouldBeTrue();
        Type(latest).ShouldBe("ItemCreated");
        latest.GetProperty("status").GetString().ShouldBe("completed");
        latest.GetProperty("source_type").GetString().ShouldBe("item");
        latest.GetProperty("source_id").GetString().ShouldBe(second);
        latest.GetProperty("user_id").GetString().ShouldBe(user.UserId);
        latest.GetProperty("visibility").GetString().ShouldBe("private");
        latest.GetProperty("is_duplicate").GetBoolean().ShouldBeFalse();
        latest.GetProperty("metadata").ValueKind.ShouldBe(JsonValueKind.Object);
        ShouldBeGatewayDate(latest, "created_at");
        (await ListedEventsAsync(user, "?limit=1")).Select(e => e.GetProperty("item_id").GetString()).ShouldBe([second]);
    }

    [Test]
    public async Task ShouldFilterByAnItemTheCallerMaySee()
    {
        var user = await RegisterAsync();
        var first = await CreateGatewayItemIdAsync(user);
        await CreateGatewayItemIdAsync(user);

        var events = await ListedEventsAsync(user, $"?item_id={first}");

        events.ShouldHaveSingleItem().GetProperty("item_id").GetString().ShouldBe(first);
        await (await GetAsync(user, $"{GatewayEventsPath}?item_id=DFID-20260101-999999-1"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "item_not_found");
        await (await GetAsync(user, $"{GatewayEventsPath}?offset=-1")).ShouldBeGatewayErrorAsync(
            HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ShouldShowACircuitsPushesToItsMembersButNotTheOwnersPrivateHistory()
    {
        var owner = await RegisterAsync();
        var member = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner);
        await AddMemberAsync(owner, circuitId, member, "Member");
        var circuitName = (await GatewayGetOkAsync(owner, $"{CircuitsPath}/{circuitId}")).GetProperty("name").GetString();

        var id = ItemIdOf(await CreateGatewayItemAsync(owner, NewItemBody(circuitId: circuitId)));

        var seen = await ListedEventsAsync(member);
        var push = seen.ShouldHaveSingleItem();
        Type(push).ShouldBe("CircuitPush");
        push.GetProperty("item_id").GetString().ShouldBe(id);
        push.GetProperty("circuit_id").GetString().ShouldBe(circuitId);
        push.GetProperty("visibility").GetString().ShouldBe("circuit_only");
        push.GetProperty("metadata").GetProperty("circuit").GetString().ShouldBe(circuitName);
        (await ListedEventsAsync(member, $"?item_id={id}")).ShouldHaveSingleItem();
        // Created and pushed in one request: both events have its instant, so their order is the tie-break's.
        (await ListedEventsAsync(owner, $"?item_id={id}")).Select(Type).ShouldBe(["CircuitPush", "ItemCreated"], ignoreOrder: true);
    }

    [TestCase("Merged", "ItemMerged")]
    [TestCase("Split", "ItemSplit")]
    [TestCase("PulledFromCircuit", "CircuitPull")]
    [TestCase("Updated", "item_updated")]
    public async Task ShouldNameEnginesEventTypesAsTheDashboardsDo(string enginesType, string gatewayType)
    {
        var user = await RegisterAsync();
        var id = await CreateGatewayItemIdAsync(user);
        (await PostAsync(user, "/api/events", new { dfid = id, event_type = enginesType, visibility = "Private" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        Type((await ListedEventsAsync(user, $"?item_id={id}"))[0]).ShouldBe(gatewayType);
    }

    [Test]
    public async Task ShouldAlwaysGiveMetadataFieldsAsAnArrayOfStrings()
    {
        var user = await RegisterAsync();
        var id = await CreateGatewayItemIdAsync(user);
        (await PostAsync(user, "/api/events", new
        {
            dfid = id, event_type = "Enriched", visibility = "Private", metadata = new { fields = "peso", note = "pesagem" },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await PostAsync(user, "/api/events", new
        {
            dfid = id, event_type = "Enriched", visibility = "Private", metadata = new { fields = new object[] { "raca", 3 } },
        })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var enriched = (await ListedEventsAsync(user, $"?item_id={id}")).Where(e => Type(e) == "ItemEnriched").ToList();

        enriched.Select(e => e.GetProperty("metadata").GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ToList())
            .ShouldBe([["raca", "3"], ["peso"]]);
        enriched[1].GetProperty("metadata").GetProperty("note").GetString().ShouldBe("pesagem");
    }
}
