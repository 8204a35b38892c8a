using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Gateway.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway;

/// <summary>
/// The seven-step smoke flow of spa-contract §6, as one conversation of the web front end with the gateway: the
/// calls, bodies and headers its <c>registryRequest</c> and <c>authRequest</c> send, and the fields it reads.
/// </summary>
public sealed class FrontEndSmokeFlowTests : ApiTestBase
{
    private const string Base = "/gateway";

    [Test]
    public async Task ShouldCarryTheFrontEndThroughItsSevenStepSmokeFlow()
    {
        // 1. Sign up, sign in by email, and the post-login default circuit: list, create "Meu Circuito", refresh.
        var ana = new FrontEnd(Client);
        await ana.SignUpAsync("ana", "Ana Silva");
        await ana.SignInAsync();
        var before = await ana.ExpectAsync(HttpMethod.Get, "/api/circuits", null, HttpStatusCode.OK);
        before.GetProperty("circuits").GetArrayLength().ShouldBe(0);
        await ana.ExpectAsync(HttpMethod.Post, "/api/circuits", new
        {
            name = "Meu Circuito", description = "Circuito padrão criado automaticamente", circuit_type = "private",
            visibility = "private", owner_id = ana.UserId,
        }, HttpStatusCode.Created);
        await ana.RefreshAsync();
        var dashboard = await ana.ExpectAsync(HttpMethod.Get, "/api/circuits", null, HttpStatusCode.OK);
        var defaultCircuit = dashboard.GetProperty("circuits").EnumerateArray().ShouldHaveSingleItem();
        (Text(defaultCircuit, "name"), Text(defaultCircuit, "status")).ShouldBe(("Meu Circuito", "Active"));

        // 2. A circuit, an item without a circuit, an item with one.
        var cattle = Text(await ana.ExpectAsync(HttpMethod.Post, "/api/circuits", new
        {
            name = "Bovinos MS", description = "Gado de corte", circuit_type = "supply_chain", visibility = "private",
        }, HttpStatusCode.Created), "id");
        var loose = await ana.ExpectAsync(HttpMethod.Post, "/api/items", new
        {
            value_chain = "bovino", country = "BR", year = 2025, circuit_id = (string?)null, user_id = ana.UserId,
        }, HttpStatusCode.Created);
        loose.GetProperty("was_deduplicated").GetBoolean().ShouldBeFalse();
        var itemId = Text(loose.GetProperty("item"), "id");
        var inCircuit = Text((await ana.ExpectAsync(HttpMethod.Post, "/api/items", new
        {
            value_chain = "soja", country = "other", year = 2024, circuit_id = cattle,
        }, HttpStatusCode.Created)).GetProperty("item"), "id");
        var items = await ana.ExpectAsync(HttpMethod.Get, "/api/items", null, HttpStatusCode.OK);
        items.GetProperty("items").EnumerateArray().Select(i => Text(i, "id")).ShouldBe([inCircuit, itemId]);

        // 3. The item page and its ItemCreated timeline entry.
        var page = await ana.ExpectAsync(HttpMethod.Get, $"/api/items/{itemId}", null, HttpStatusCode.OK);
        Text(page.GetProperty("item"), "dfid").ShouldStartWith("DFID-");
        Text(page.GetProperty("item"), "status").ShouldBe("Active");
        (await EventTypesAsync(ana, itemId)).ShouldBe(["ItemCreated"]);

        // 4. Edit the metadata, then push to the other circuit through metadata.circuit_id.
        await ana.ExpectAsync(HttpMethod.Put, $"/api/items/{itemId}", new { metadata = new { raca = "Nelore", lote = "L-7" } }, HttpStatusCode.OK);
        await ana.ExpectAsync(HttpMethod.Put, $"/api/items/{itemId}", new { metadata = new { circuit_id = cattle } }, HttpStatusCode.OK);
        var edited = await ana.ExpectAsync(HttpMethod.Get, $"/api/items/{itemId}", null, HttpStatusCode.OK);
        Text(edited.GetProperty("item").GetProperty("metadata"), "raca").ShouldBe("Nelore");
        edited.GetProperty("item").GetProperty("metadata").TryGetProperty("circuit_id", out _).ShouldBeFalse();
        var circuitItems = await ana.ExpectAsync(HttpMethod.Get, $"/api/items?circuit_id={cattle}", null, HttpStatusCode.OK);
        circuitItems.GetProperty("items").EnumerateArray().Select(i => Text(i, "id")).ShouldBe([inCircuit, itemId], ignoreOrder: true);
        (await EventTypesAsync(ana, itemId)).ShouldContain("CircuitPush");
        (await EventTypesAsync(ana, itemId)).ShouldContain("item_updated");

        // 5. Deprecate it from the list menu.
        var deprecated = await ana.ExpectAsync(
            HttpMethod.Put, $"/api/items/{itemId}/status", new { status = "deprecated", user_id = ana.UserId }, HttpStatusCode.OK);
        Text(deprecated, "status").ShouldBe("Deprecated");

        // 6. Make the circuit public and discoverable, sign out, see its public page, and a second user asks to join.
        await ana.ExpectAsync(HttpMethod.Put, $"/api/circuits/{cattle}", new
        {
            name = "Bovinos MS", description = "Gado de corte", visibility = "public",
            metadata = new { discovery_enabled = true, searchable = true, is_published = true, public_description = "Rastreio" },
        }, HttpStatusCode.OK);
        await ana.SignOutAsync();
        var anonymous = new FrontEnd(Client);
        var publicPage = await anonymous.ExpectAsync(HttpMethod.Get, $"/api/circuits/{cattle}/public", null, HttpStatusCode.OK);
        publicPage.GetProperty("circuit").GetProperty("allow_join_requests").GetBoolean().ShouldBeTrue();
        var discovery = await anonymous.ExpectAsync(HttpMethod.Get, "/api/circuits/public?search=Bovinos", null, HttpStatusCode.OK);
        discovery.GetProperty("circuits").EnumerateArray().Select(c => Text(c, "id")).ShouldContain(cattle);
        var bruno = new FrontEnd(Client);
        await bruno.SignUpAsync("bruno", "Bruno Costa");
        await bruno.SignInAsync();
        await bruno.ExpectAsync(HttpMethod.Post, $"/api/circuits/{cattle}/join-requests", new { }, HttpStatusCode.Created);

        // 7. The owner signs in again, approves, and the member shows in "Gerenciar membros".
        await ana.SignInAsync();
        var pending = await ana.ExpectAsync(HttpMethod.Get, $"/api/circuits/{cattle}/join-requests?status=pending", null, HttpStatusCode.OK);
        var request = pending.EnumerateArray().ShouldHaveSingleItem();
        Text(request, "user_id").ShouldBe(bruno.UserId);
        await ana.ExpectAsync(
            HttpMethod.Put, $"/api/circuits/{cattle}/join-requests/{Text(request, "id")}", new { action = "approve", role = "member" },
            HttpStatusCode.OK);
        var circuit = await ana.ExpectAsync(HttpMethod.Get, $"/api/circuits/{cattle}", null, HttpStatusCode.OK);
        var member = circuit.GetProperty("members").EnumerateArray().Single(m => Text(m, "member_id") == bruno.UserId);
        Text(member, "role").ShouldBe("Member");
        member.GetProperty("joined_timestamp").ValueKind.ShouldBe(JsonValueKind.Number);
    }

    private static async Task<List<string>> EventTypesAsync(FrontEnd user, string itemId) =>
        (await user.ExpectAsync(HttpMethod.Get, $"/api/events?item_id={itemId}", null, HttpStatusCode.OK))
            .GetProperty("events").EnumerateArray().Select(e => Text(e, "event_type")).ToList();

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>The front end's HTTP client: JSON content type on every call, the stored tokens, its auth calls.</summary>
    private sealed class FrontEnd(HttpClient http)
    {
        private string? _email;
        private string? _accessToken;
        private string? _refreshToken;

        public string UserId { get; private set; } = string.Empty;

        public async Task SignUpAsync(string name, string fullName)
        {
            _email = $"{name}.{Guid.NewGuid():N}"[..20] + "@example.com";
            Store(await SendAsync(HttpMethod.Post, "/auth/register", new
            {
                email = _email, password = ApiTestBase.DefaultPassword, full_name = fullName,
                workspace_slug = fullName.ToLowerInvariant().Replace(' ', '-'), workspace_name = fullName,
            }, HttpStatusCode.Created));
        }

        public async Task SignInAsync() =>
            Store(await SendAsync(HttpMethod.Post, "/auth/login", new { email = _email, password = ApiTestBase.DefaultPassword }, HttpStatusCode.OK));

        public async Task RefreshAsync() =>
            Store(await SendAsync(HttpMethod.Post, "/auth/refresh", new { refresh_token = _refreshToken }, HttpStatusCode.OK));

        public async Task SignOutAsync()
        {
            using var response = await RawAsync(HttpMethod.Post, "/auth/logout", new { refresh_token = _refreshToken });
            response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
            (_accessToken, _refreshToken) = (null, null);
        }

        public Task<JsonElement> ExpectAsync(HttpMethod method, string apiPath, object? body, HttpStatusCode status) =>
            SendAsync(method, apiPath, body, status);

        private async Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, HttpStatusCode status)
        {
            using var response = await RawAsync(method, path, body);
            return await response.ShouldBeJsonAsync(status);
        }

        private Task<HttpResponseMessage> RawAsync(HttpMethod method, string path, object? body)
        {
            var request = new HttpRequestMessage(method, Base + path)
            {
                Content = new StringContent(body is null ? string.Empty : JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
            };
            if (method == HttpMethod.Get)
            {
                request.Content = null;
            }

            if (_accessToken is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _accessToken);
            }

            return http.SendAsync(request);
        }

        private void Store(JsonElement auth)
        {
            _accessToken = auth.GetProperty("access_token").GetString();
            _refreshToken = auth.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : _refreshToken;
            if (auth.TryGetProperty("user", out var user))
            {
                UserId = user.GetProperty("id").GetString()!;
            }
        }
    }
}
