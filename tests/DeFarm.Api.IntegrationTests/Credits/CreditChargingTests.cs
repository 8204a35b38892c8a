using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Credits;

/// <summary>
/// Decision 19: operations consume credits only when <c>Credits:Charge</c> is on. Then item creation, circuit
/// operations and storage migration cost their tier's price, an operation the balance cannot pay for is refused
/// whole with 402 and nothing stored, and a rejected push gives the credits back. Basic prices: item creation 2,
/// circuit operation 3 (engines-api.md §3.11).
/// </summary>
public sealed class CreditChargingTests : ApiTestBase
{
    private DeFarmApiFactory _charging = null!;

    [SetUp]
    public void StartChargingHost() =>
        _charging = new DeFarmApiFactory(
            TestDatabase.ConnectionString, new Dictionary<string, string?> { ["Credits:Charge"] = "true" });

    [TearDown]
    public async Task StopChargingHostAsync() => await _charging.DisposeAsync();

    [Test]
    public async Task ShouldChargeNothingWhileChargingIsOff()
    {
        var user = await RegisterAsync();
        using var client = ClientWithToken(user.Token);

        (await client.PostAsJsonAsync("/api/items", ItemBody("OFF-1"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await BalanceAsync(client)).ShouldBe(100);
        (await HistoryAsync(client)).Select(t => t.GetProperty("transaction_type").GetString()).ShouldBe(["Grant"]);
    }

    [Test]
    public async Task ShouldChargeTheCreatorForEachNewItemAndRecordTheConsumption()
    {
        using var client = await SignedInChargingClientAsync();

        (await client.PostAsJsonAsync("/api/items", ItemBody("ON-1"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/items", ItemBody("ON-1"))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await BalanceAsync(client)).ShouldBe(98, "enriching an existing item mints nothing and costs nothing");
        var consumption = (await HistoryAsync(client))[0];
        consumption.GetProperty("transaction_type").GetString().ShouldBe("Consumption");
        consumption.GetProperty("amount").GetInt64().ShouldBe(-2);
        consumption.GetProperty("balance_after").GetInt64().ShouldBe(98);
        consumption.GetProperty("description").GetString().ShouldBe("Item creation");
    }

    [Test]
    public async Task ShouldRefuseAnImportTheBalanceCannotPayForWholeAndStoreNothing()
    {
        using var client = await SignedInChargingClientAsync();
        var rows = Enumerable.Range(1, 51).Select(i => ItemBody($"IMPORT-{i}")).ToArray();

        var response = await client.PostAsJsonAsync("/api/items/import", new { items = rows });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.PaymentRequired, "insufficient_credits", "This operation costs 2 credits and the account has 0");
        (await BalanceAsync(client)).ShouldBe(100);
        var items = await (await client.GetAsync("/api/items")).ReadJsonAsync();
        items.GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task ShouldChargeAPushWhenAskedAndRefundItWhenRejected()
    {
        using var client = await SignedInChargingClientAsync();
        var circuit = await (await client.PostAsJsonAsync("/api/circuits", new
        {
            name = "Charged " + Guid.NewGuid().ToString("N")[..6],
            description = "d",
            require_approval_for_push = true,
        })).ReadJsonAsync();
        var circuitId = circuit.GetProperty("circuit_id").GetString()!;
        var item = await (await client.PostAsJsonAsync("/api/items", ItemBody("PUSH-1"))).ReadJsonAsync();

        var push = await client.PostAsJsonAsync($"/api/circuits/{circuitId}/push/{item.GetProperty("dfid").GetString()}", new { });
        push.StatusCode.ShouldBe(HttpStatusCode.OK, await push.Content.ReadAsStringAsync());
        var operationId = (await push.ReadJsonAsync()).GetProperty("operation_id").GetString();
        (await BalanceAsync(client)).ShouldBe(95);

        var reject = await client.PostAsJsonAsync($"/api/circuits/operations/{operationId}/reject", new { reason = "no" });

        reject.StatusCode.ShouldBe(HttpStatusCode.OK, await reject.Content.ReadAsStringAsync());
        (await BalanceAsync(client)).ShouldBe(98);
        var refund = (await HistoryAsync(client))[0];
        (refund.GetProperty("transaction_type").GetString(), refund.GetProperty("amount").GetInt64()).ShouldBe(("Refund", 3L));
    }

    private async Task<HttpClient> SignedInChargingClientAsync()
    {
        var client = _charging.CreateClient();
        var user = await RegisterAsync(via: client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        return client;
    }

    private static object ItemBody(string lot) => new
    {
        identifiers = new[] { new { @namespace = "generic", key = "lot", value = lot } },
    };

    private static async Task<long> BalanceAsync(HttpClient client) =>
        (await (await client.GetAsync("/users/me/credits/balance")).ReadJsonAsync()).GetProperty("credits").GetInt64();

    private static async Task<List<JsonElement>> HistoryAsync(HttpClient client) =>
        (await (await client.GetAsync("/users/me/credits/history")).ReadJsonAsync())
            .GetProperty("transactions").EnumerateArray().ToList();
}
