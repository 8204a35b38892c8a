using System.Net;
using System.Net.Http.Headers;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Api.IntegrationTests.Items;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DeFarm.Api.IntegrationTests.Performance;

/// <summary>
/// The benchmark compares <c>GET /api/items/{dfid}</c> with its raw-Npgsql twin; the comparison only means
/// something if the twin answers exactly the same, to the same callers, and exists only when asked for.
/// </summary>
public sealed class RawItemTwinTests : ItemsTestBase
{
    [Test]
    public async Task ShouldAnswerTheSameBodyAsTheItemRoute()
    {
        await using var api = ApiWithTwin();
        using var client = await SignedInClientAsync(api);
        var item = await CreateItemAsync(
            client, [Canonical("sisbov", "BR200000000001"), Contextual("lote", "L-1", "bovino")], new { breed = "Nelore", weight = 410 });
        var dfid = item.GetProperty("dfid").GetString()!;

        var viaApi = await (await client.GetAsync($"{ItemsPath}/{dfid}")).Content.ReadAsStringAsync();
        var viaTwin = await client.GetAsync($"/bench/raw/items/{dfid}");

        viaTwin.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viaTwin.Content.ReadAsStringAsync()).ShouldBe(viaApi);
    }

    [Test]
    public async Task ShouldHideOthersItemsAndRequireAToken()
    {
        await using var api = ApiWithTwin();
        using var owner = await SignedInClientAsync(api);
        var dfid = await CreateDfidAsync(owner);
        using var strangerClient = await SignedInClientAsync(api);

        (await strangerClient.GetAsync($"/bench/raw/items/{dfid}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await api.CreateClient().GetAsync($"/bench/raw/items/{dfid}")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldNotExistUnlessTheBenchSettingIsOn()
    {
        var (_, client) = await SignedInUserAsync();
        var dfid = await CreateDfidAsync(client);

        (await client.GetAsync($"/bench/raw/items/{dfid}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"{ItemsPath}/{dfid}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static WebApplicationFactory<Program> ApiWithTwin() =>
        Api.WithWebHostBuilder(host => host.UseSetting("Bench:RawTwinEndpoint", "true"));

    /// <summary>A client of <paramref name="api"/> signed in as a new user; the twin host signs its own tokens.</summary>
    private async Task<HttpClient> SignedInClientAsync(WebApplicationFactory<Program> api)
    {
        var client = api.CreateClient();
        var user = await RegisterAsync(via: client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        return client;
    }
}
