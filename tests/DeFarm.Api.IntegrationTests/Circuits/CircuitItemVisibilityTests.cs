using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Events;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Circuits;

/// <summary>
/// Circuits widen who sees an item (never who changes it): the members of a circuit holding it, and everyone
/// while a publicly accessible circuit publishes it; circuit-only events reach the circuit's members.
/// </summary>
public sealed class CircuitItemVisibilityTests : CircuitsTestBase
{
    [Test]
    public async Task ShouldShowAnItemToTheMembersOfACircuitHoldingIt()
    {
        var (alice, bob, carol) = (await RegisterAsync(), await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, bob, "viewer");
        var dfid = await CreateItemAsync(alice, null, ("tag", "held"));

        await (await GetAsync(bob, $"{ItemsPath}/{dfid}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found");
        await ArrangeCircuitItemAsync(circuitId, dfid, alice.UserId);

        (await GetItemAsync(bob, dfid)).GetProperty("dfid").GetString().ShouldBe(dfid);
        DfidsOf(await (await GetAsync(bob, ItemsPath)).ShouldBeOkAsync()).ShouldBe([dfid]);
        await (await GetAsync(carol, $"{ItemsPath}/{dfid}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found");
        await (await PutAsync(bob, $"{ItemsPath}/{dfid}/deprecate", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "not_item_owner");
    }

    [Test]
    public async Task ShouldShowAnItemToEveryoneWhileAPublicCircuitPublishesIt()
    {
        var (alice, stranger) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        var dfid = await CreateItemAsync(alice, null, ("tag", "published"));
        await ArrangeCircuitItemAsync(circuitId, dfid, alice.UserId);
        await PublishAsync(alice, circuitId, dfid);

        (await GetItemAsync(stranger, dfid)).GetProperty("dfid").GetString().ShouldBe(dfid);
        DfidsOf(await (await GetAsync(stranger, ItemsPath)).ShouldBeOkAsync()).ShouldBe([dfid]);

        await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/visibility/toggle", new { })).ShouldBeOkAsync();
        await (await GetAsync(stranger, $"{ItemsPath}/{dfid}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found");
        (await (await GetAsync(stranger, ItemsPath)).ShouldBeOkAsync()).GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseACircuitAdminEveryChangeOfAnItemTheCircuitHolds()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, bob, "admin");
        var dfid = await CreateItemAsync(alice, new { breed = "nelore" }, ("tag", "held"), ("lot", "L1"));
        await ArrangeCircuitItemAsync(circuitId, dfid, alice.UserId);

        // A circuit role, even the highest, grants seeing the item, never changing it.
        await ShouldRefuseEveryChangeAsync(bob, dfid);
    }

    [Test]
    public async Task ShouldRefuseAStrangerEveryChangeOfAnItemAPublicCircuitPublishes()
    {
        var (alice, stranger) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        var dfid = await CreateItemAsync(alice, new { breed = "nelore" }, ("tag", "published"), ("lot", "L1"));
        await ArrangeCircuitItemAsync(circuitId, dfid, alice.UserId);
        await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/public-settings", new { public_settings = new { access_mode = "public", published_items = new[] { dfid } } }))
            .ShouldBeOkAsync();

        await ShouldRefuseEveryChangeAsync(stranger, dfid);
    }

    [Test]
    public async Task ShouldShowCircuitOnlyEventsToTheCircuitMembers()
    {
        var (alice, bob, carol) = (await RegisterAsync(), await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, bob, "viewer");
        var dfid = await CreateItemAsync(alice, null, ("tag", "x"));
        var created = await PostAsync(alice, "/api/events", new { dfid, event_type = "Enriched", visibility = "circuitonly", metadata = new { circuit_id = circuitId } });
        var eventId = (await created.ReadJsonAsync()).GetProperty("event_id").GetString();

        (await (await GetAsync(bob, $"/api/events/{eventId}")).ShouldBeOkAsync()).GetProperty("visibility").GetString().ShouldBe("CircuitOnly");
        await (await GetAsync(carol, $"/api/events/{eventId}")).ShouldBeEventNotFoundAsync();
    }
}
