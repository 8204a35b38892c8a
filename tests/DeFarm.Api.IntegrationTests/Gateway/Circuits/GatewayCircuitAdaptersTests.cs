using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Gateway.Items;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway.Circuits;

/// <summary>
/// The front end's adapter panel (spa-contract §2.3 D1–D4; ADR-018) over the circuit's one adapter configuration:
/// what the panel lists is what the engines adapter route shows and what the push pipeline stores with.
/// </summary>
public sealed class GatewayCircuitAdaptersTests : GatewayItemsTestBase
{
    [Test]
    public async Task ShouldListNothingForACircuitWithoutAnAdapter()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner);

        var adapters = await GatewayGetOkAsync(owner, AdaptersPath(circuitId));

        adapters.ValueKind.ShouldBe(JsonValueKind.Array);
        adapters.GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task ShouldSetUpTheDefaultAdapterWithABodylessPost()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner);

        var response = await BodylessAsync(owner, HttpMethod.Post, $"{AdaptersPath(circuitId)}/setup-defaults");

        var adapter = (await response.ShouldBeOkAsync()).EnumerateArray().ShouldHaveSingleItem();
        adapter.GetProperty("id").GetString().ShouldBe("ipfs-ipfs");
        adapter.GetProperty("adapter_name").GetString().ShouldBe("ipfs-ipfs");
        adapter.GetProperty("adapter_type").GetString().ShouldBe("ipfs");
        adapter.GetProperty("is_enabled").GetBoolean().ShouldBeTrue();
        adapter.GetProperty("auto_publish").GetBoolean().ShouldBeTrue();
        adapter.GetProperty("trigger_events").EnumerateArray().Select(e => e.GetString()).ShouldBe(["circuit_push"]);
        (await GatewayGetOkAsync(owner, AdaptersPath(circuitId))).GetArrayLength().ShouldBe(1);
        (await GatewayGetOkAsync(owner, $"{CircuitsPath}/{circuitId}/adapter")).GetProperty("adapter_type").GetString()
            .ShouldBe("ipfs-ipfs", "the panel changed the circuit's real adapter configuration");
        var id = ItemIdOf(await CreateGatewayItemAsync(owner, NewItemBody(circuitId: circuitId)));
        (await GatewayGetOkAsync(owner, $"/gateway/api/adapter/items/{id}/anchors")).GetProperty("storage_refs")
            .GetArrayLength().ShouldBe(1, "pushes now store with the adapter");
    }

    [Test]
    public async Task ShouldKeepAnAdapterAlreadyChosenOnSetup()
    {
        var owner = await RegisterAsync();
        await SetTierAsync(owner, "professional");
        var circuitId = await CreatePushCircuitAsync(owner, adapter: "stellar_testnet-ipfs");

        var adapters = await (await BodylessAsync(owner, HttpMethod.Post, $"{AdaptersPath(circuitId)}/setup-defaults")).ShouldBeOkAsync();

        var adapter = adapters.EnumerateArray().ShouldHaveSingleItem();
        adapter.GetProperty("id").GetString().ShouldBe("stellar_testnet-ipfs");
        adapter.GetProperty("adapter_type").GetString().ShouldBe("stellar");
    }

    [Test]
    public async Task ShouldRemoveTheAdapterWhenItIsSwitchedOffOrDeleted()
    {
        var owner = await RegisterAsync();
        var switched = await CreatePushCircuitAsync(owner, adapter: "ipfs-ipfs");
        var deleted = await CreatePushCircuitAsync(owner, adapter: "ipfs-ipfs");

        var switchedOn = await PatchAsync(owner, $"{AdaptersPath(switched)}/ipfs-ipfs", new { is_enabled = true });
        var switchedOff = await PatchAsync(owner, $"{AdaptersPath(switched)}/ipfs-ipfs", new { is_enabled = false });
        var removed = await BodylessAsync(owner, HttpMethod.Delete, $"{AdaptersPath(deleted)}/ipfs-ipfs");

        (await switchedOn.ShouldBeOkAsync()).GetArrayLength().ShouldBe(1);
        (await switchedOff.ShouldBeOkAsync()).GetArrayLength().ShouldBe(0);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        foreach (var circuitId in new[] { switched, deleted })
        {
            (await GatewayGetOkAsync(owner, AdaptersPath(circuitId))).GetArrayLength().ShouldBe(0);
            (await GatewayGetOkAsync(owner, $"{CircuitsPath}/{circuitId}/adapter")).GetProperty("adapter_type").GetString()
                .ShouldBe("none");
        }
    }

    [Test]
    public async Task ShouldRefuseToStopAutoPublishingAndUnknownAdaptersAndEmptySwitches()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner, adapter: "ipfs-ipfs");

        var autoPublishOff = await PatchAsync(owner, $"{AdaptersPath(circuitId)}/ipfs-ipfs", new { auto_publish = false });
        var unknown = await PatchAsync(owner, $"{AdaptersPath(circuitId)}/stellar_mainnet-ipfs", new { is_enabled = false });
        var nothing = await PatchAsync(owner, $"{AdaptersPath(circuitId)}/ipfs-ipfs", new { });
        var unknownDelete = await BodylessAsync(owner, HttpMethod.Delete, $"{AdaptersPath(circuitId)}/nft");

        await autoPublishOff.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await unknown.ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "adapter_not_found");
        await nothing.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await unknownDelete.ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "adapter_not_found");
        (await GatewayGetOkAsync(owner, AdaptersPath(circuitId))).GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task ShouldLetOnlyThoseWhoMayConfigureTheAdapterChangeIt()
    {
        var owner = await RegisterAsync();
        var member = await RegisterAsync();
        var stranger = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner, adapter: "ipfs-ipfs");
        await AddMemberAsync(owner, circuitId, member, "Member");
        var adapterPath = $"{AdaptersPath(circuitId)}/ipfs-ipfs";

        (await GatewayGetOkAsync(member, AdaptersPath(circuitId))).GetArrayLength().ShouldBe(1, "members see the panel");
        await (await BodylessAsync(member, HttpMethod.Post, $"{AdaptersPath(circuitId)}/setup-defaults"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
        await (await PatchAsync(member, adapterPath, new { is_enabled = false }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
        await (await BodylessAsync(member, HttpMethod.Delete, adapterPath))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "permission_denied");

        foreach (var response in new[]
        {
            await GetAsync(stranger, AdaptersPath(circuitId)),
            await BodylessAsync(stranger, HttpMethod.Post, $"{AdaptersPath(circuitId)}/setup-defaults"),
            await PatchAsync(stranger, adapterPath, new { is_enabled = false }),
            await BodylessAsync(stranger, HttpMethod.Delete, adapterPath),
        })
        {
            await response.ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        }

        (await GatewayGetOkAsync(owner, AdaptersPath(circuitId))).GetArrayLength().ShouldBe(1);
    }

    private static string AdaptersPath(string circuitId) => $"/gateway/api/circuits/{circuitId}/adapters";

    /// <summary>A call as the front end sends body-less POSTs and DELETEs: a JSON content type and no body.</summary>
    private static async Task<HttpResponseMessage> BodylessAsync(RegisteredUser user, HttpMethod method, string path)
    {
        using var client = ClientWithToken(user.Token);
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(string.Empty, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.SendAsync(request);
    }
}
