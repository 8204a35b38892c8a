using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Gateway.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway.Circuits;

/// <summary>The public page <c>/c/{id}</c> and the discovery list (spa-contract §2.3 P1, P2, §6 items 17, 18).</summary>
public sealed class GatewayPublicCircuitTests : GatewayCircuitsTestBase
{
    [Test]
    public async Task ShouldShowAPublicCircuitToAnyoneByIdOrSlug()
    {
        var ana = await RegisterAsync();
        var bruno = await RegisterAsync();
        var circuit = await CreateGatewayCircuitAsync(ana, "Café do Cerrado", circuitType: "supply_chain");
        var circuitId = GatewayIdOf(circuit);
        await PublishAsync(ana, circuitId);
        await AddMemberAsync(ana, circuitId, bruno, "Member");

        var byId = await (await AnonymousGetAsync($"{GatewayCircuitsPath}/{circuitId}/public")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var bySlug = await (await AnonymousGetAsync($"{GatewayCircuitsPath}/{circuit.GetProperty("slug").GetString()}/public"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        bySlug.ToString().ShouldBe(byId.ToString());
        var summary = byId.GetProperty("circuit");
        summary.GetProperty("name").GetString().ShouldBe("Bovinos MS");
        summary.GetProperty("description").GetString().ShouldBe("Rastreio de gado");
        summary.GetProperty("circuit_type").GetString().ShouldBe("supply_chain");
        summary.GetProperty("member_count").GetInt32().ShouldBe(2);
        summary.GetProperty("item_count").GetInt32().ShouldBe(0);
        summary.GetProperty("allow_join_requests").GetBoolean().ShouldBeTrue();
        summary.GetProperty("public_slug").GetString().ShouldStartWith("cafe-do-cerrado-");
        var stats = byId.GetProperty("stats");
        stats.GetProperty("total_items").GetInt32().ShouldBe(0);
        stats.GetProperty("value_chains").ValueKind.ShouldBe(JsonValueKind.Array);
        stats.GetProperty("countries").ValueKind.ShouldBe(JsonValueKind.Array);
        byId.GetProperty("recent_items").GetArrayLength().ShouldBe(0);
        byId.ToString().ShouldNotContain(bruno.UserId);
    }

    [Test]
    public async Task ShouldShowThePublishedItemsAndFiguresAboutThem()
    {
        var ana = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await PublishAsync(ana, circuitId);
        var published = await CreateItemAsync(ana, new { value_chain = "bovino", country = "BR", year = 2025 }, ("lote", "L-1"));
        var other = await CreateItemAsync(ana, new { value_chain = "cafe", country = "other", year = 2024 }, ("lote", "L-2"));
        var unpublished = await CreateItemAsync(ana, new { value_chain = "soja", country = "AR" }, ("lote", "L-3"));
        foreach (var dfid in new[] { published, other, unpublished })
        {
            await ArrangeCircuitItemAsync(circuitId, dfid, ana.UserId);
        }

        await (await PutAsync(ana, $"{CircuitsPath}/{circuitId}/public-settings", new
        {
            public_settings = new { access_mode = "public", published_items = new[] { published, other } },
        })).ShouldBeOkAsync();

        var page = await (await AnonymousGetAsync($"{GatewayCircuitsPath}/{circuitId}/public")).ShouldBeJsonAsync(HttpStatusCode.OK);

        page.GetProperty("circuit").GetProperty("item_count").GetInt32().ShouldBe(2);
        var stats = page.GetProperty("stats");
        stats.GetProperty("total_items").GetInt32().ShouldBe(2);
        stats.GetProperty("active_items").GetInt32().ShouldBe(2);
        Strings(stats.GetProperty("value_chains")).ShouldBe(["bovino", "cafe"]);
        Strings(stats.GetProperty("countries")).ShouldBe(["BR", "other"]);
        stats.GetProperty("recent_activity_count").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
        var items = page.GetProperty("recent_items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("dfid").GetString()).ShouldBe([published, other], ignoreOrder: true);
        var first = items.Single(i => i.GetProperty("dfid").GetString() == published);
        first.GetProperty("id").GetString().ShouldBe(published);
        first.GetProperty("value_chain").GetString().ShouldBe("bovino");
        first.GetProperty("country").GetString().ShouldBe("BR");
        first.GetProperty("year").GetInt32().ShouldBe(2025);
        first.GetProperty("status").GetString().ShouldBe("Active");
        page.ToString().ShouldNotContain(unpublished);
    }

    [Test]
    public async Task ShouldAnswer404WithTheGatewayBodyForCircuitsThatAreNotPublic()
    {
        var ana = await RegisterAsync();
        var privateCircuit = await CreateGatewayCircuitAsync(ana, "Privado");

        await (await AnonymousGetAsync($"{GatewayCircuitsPath}/{GatewayIdOf(privateCircuit)}/public"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "CIRCUIT_NOT_PUBLIC");
        await (await AnonymousGetAsync($"{GatewayCircuitsPath}/{privateCircuit.GetProperty("slug").GetString()}/public"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "CIRCUIT_NOT_PUBLIC");
        await (await AnonymousGetAsync($"{GatewayCircuitsPath}/no-such-slug/public"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "CIRCUIT_NOT_PUBLIC");
        await (await AnonymousGetAsync($"{GatewayCircuitsPath}/{Guid.NewGuid()}/public"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "CIRCUIT_NOT_PUBLIC");
    }

    [Test]
    public async Task ShouldListOnlyPublicCircuitsWithDiscoveryEnabledToAnyone()
    {
        var ana = await RegisterAsync();
        var listed = await CreateGatewayCircuitAsync(ana, "Soja Paraná");
        await PublishAsync(ana, GatewayIdOf(listed));
        var publicOnly = GatewayIdOf(await CreateGatewayCircuitAsync(ana, "Só público", visibility: "public"));
        var hiddenDiscoverable = GatewayIdOf(await CreateGatewayCircuitAsync(ana, "Privado listável"));
        await PutJsonAsync(ana, $"{GatewayCircuitsPath}/{hiddenDiscoverable}", new { metadata = new { discovery_enabled = true } });

        var anonymous = await (await AnonymousGetAsync($"{GatewayCircuitsPath}/public")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var signedIn = await (await GetAsync(ana, $"{GatewayCircuitsPath}/public")).ShouldBeJsonAsync(HttpStatusCode.OK);

        signedIn.ToString().ShouldBe(anonymous.ToString());
        anonymous.GetProperty("total").GetInt32().ShouldBe(1);
        anonymous.GetProperty("limit").GetInt32().ShouldBe(50);
        anonymous.GetProperty("offset").GetInt32().ShouldBe(0);
        var entry = anonymous.GetProperty("circuits").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("id").GetString().ShouldBe(GatewayIdOf(listed));
        entry.GetProperty("name").GetString().ShouldBe("Bovinos MS");
        entry.GetProperty("description").GetString().ShouldBe("Rastreio de gado");
        entry.GetProperty("public_slug").GetString().ShouldBe(listed.GetProperty("slug").GetString());
        entry.GetProperty("member_count").GetInt32().ShouldBe(1);
        entry.GetProperty("item_count").GetInt32().ShouldBe(0);
        anonymous.ToString().ShouldNotContain(publicOnly);
    }

    [Test]
    public async Task ShouldSearchSearchableCircuitsByNameOrDescriptionAndPage()
    {
        var ana = await RegisterAsync();
        var first = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await PublishAsync(ana, first);
        var second = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await PublishAsync(ana, second);
        var unsearchable = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await PublishAsync(ana, unsearchable, searchable: false);

        var found = await (await AnonymousGetAsync($"{GatewayCircuitsPath}/public?search=RASTREIO")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var page = await (await AnonymousGetAsync($"{GatewayCircuitsPath}/public?limit=1&offset=1")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var literal = await (await AnonymousGetAsync($"{GatewayCircuitsPath}/public?search=%25")).ShouldBeJsonAsync(HttpStatusCode.OK);

        found.GetProperty("total").GetInt32().ShouldBe(2);
        found.GetProperty("circuits").EnumerateArray().Select(GatewayIdOf).ShouldBe([second, first]);
        page.GetProperty("total").GetInt32().ShouldBe(3);
        page.GetProperty("circuits").EnumerateArray().Select(GatewayIdOf).ShouldBe([second]);
        literal.GetProperty("total").GetInt32().ShouldBe(0);
        await (await AnonymousGetAsync($"{GatewayCircuitsPath}/public?limit=0"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
    }
}
