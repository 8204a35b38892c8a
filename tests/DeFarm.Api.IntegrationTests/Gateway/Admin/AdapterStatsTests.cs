using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Gateway.Admin;

/// <summary>The admin metrics page (spa-contract §2.8 AD6; ADR-019): every field present and numeric, from recorded data.</summary>
public sealed class AdapterStatsTests : GatewayRecordsTestBase
{
    private const string StatsPath = GatewayApi + "/admin/adapter/stats";

    [Test]
    public async Task ShouldAnswerZerosOnAnEmptySystem()
    {
        var admin = await RegisterAdminAsync();

        var stats = await ShouldBeOkJsonAsync(await GetAsGatewayAsync(admin, StatsPath));

        Numbers(stats.GetProperty("jobs"), "total", "completed", "failed", "success_rate").ShouldAllBe(n => n == 0);
        Numbers(stats.GetProperty("queue"), "depth", "active_workers").ShouldAllBe(n => n == 0);
        Numbers(stats.GetProperty("costs"), "stellar_xlm", "stellar_usd", "ipfs_storage_gb").ShouldAllBe(n => n == 0);
        Numbers(stats.GetProperty("rate_limits"), "rejections").ShouldBe([0]);
        stats.GetProperty("adapters").EnumerateObject().ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldCountUploadsQueuedPushesStoredBytesAndRateLimitRefusals()
    {
        var admin = await RegisterAdminAsync();
        var owner = await RegisterAsync();
        var dfid = await CreateItemAsync(owner, null, ("lote", "L-1"));
        var circuitId = await CreateCircuitIdAsync(owner);
        using (var client = ClientWithToken(owner.Token))
        {
            (await client.PostAsJsonAsync($"/api/storage-history/{dfid}/migrate", new { target_adapter_type = "ipfs-ipfs" }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await ArrangeOperationAsync(circuitId, dfid, owner.UserId, pending: true);
        await ArrangeRateLimitedRequestAsync(owner, circuitId);

        var stats = await ShouldBeOkJsonAsync(await GetAsGatewayAsync(admin, StatsPath));

        Numbers(stats.GetProperty("jobs"), "total", "completed", "failed", "success_rate").ShouldBe([1, 1, 0, 1]);
        Numbers(stats.GetProperty("adapters").GetProperty("ipfs-ipfs"), "success", "failed", "success_rate").ShouldBe([1, 0, 1]);
        Numbers(stats.GetProperty("queue"), "depth", "active_workers").ShouldBe([1, 0]);
        stats.GetProperty("costs").GetProperty("ipfs_storage_gb").GetDouble().ShouldBeGreaterThan(0);
        Numbers(stats.GetProperty("costs"), "stellar_xlm", "stellar_usd").ShouldBe([0, 0]);
        Numbers(stats.GetProperty("rate_limits"), "rejections").ShouldBe([1]);
    }

    private static async Task ArrangeRateLimitedRequestAsync(RegisteredUser owner, string circuitId)
    {
        var created = await ShouldBeJsonAsync(
            await CallAsync(owner, HttpMethod.Post, GatewayApi + "/partner/api-keys", new { key_name = "k", circuit_id = circuitId }),
            HttpStatusCode.Created);
        await WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE api_keys SET rate_limit_per_day = 0"));
        using var partner = Api.CreateClient();
        partner.DefaultRequestHeaders.Add("X-API-Key", Text(created, "api_key"));
        (await partner.GetAsync($"/api/circuits/{circuitId}")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    private static double[] Numbers(JsonElement section, params string[] fields) =>
        fields.Select(field => section.GetProperty(field).GetDouble()).ToArray();
}
