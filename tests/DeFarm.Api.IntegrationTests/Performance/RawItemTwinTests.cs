using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Api.IntegrationTests.Items;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

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
    public async Task ShouldKeepALocalItemInsideItsWorkspaceAsTheItemRouteDoes()
    {
        await using var api = ApiWithTwin();
        var farm = $"farm-{Guid.NewGuid():N}";
        var (_, owner) = await SignedInAsync(api, farm);
        var (_, colleague) = await SignedInAsync(api, farm);
        var (admin, adminClient) = await SignedInAsync(api);
        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE user_accounts SET is_admin = true WHERE user_id = {admin.UserId}"));
        var created = await (await owner.PostAsJsonAsync("/api/items/local", new { })).ReadJsonAsync();
        var lid = "LID-" + created.GetProperty("data").GetProperty("local_id").GetString();

        var viaTwin = await colleague.GetAsync($"/bench/raw/items/{lid}");
        viaTwin.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await viaTwin.Content.ReadAsStringAsync()).ShouldBe(await (await colleague.GetAsync($"{ItemsPath}/{lid}")).Content.ReadAsStringAsync());
        (await adminClient.GetAsync($"/bench/raw/items/{lid}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await adminClient.GetAsync($"{ItemsPath}/{lid}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
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
    private async Task<HttpClient> SignedInClientAsync(WebApplicationFactory<Program> api) => (await SignedInAsync(api)).Client;

    private async Task<(RegisteredUser User, HttpClient Client)> SignedInAsync(
        WebApplicationFactory<Program> api, string? workspaceName = null)
    {
        var client = api.CreateClient();
        var user = await RegisterAsync(via: client, workspaceName: workspaceName);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        return (user, client);
    }
}
