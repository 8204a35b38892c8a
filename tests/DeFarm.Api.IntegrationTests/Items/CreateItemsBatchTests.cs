using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Items;

namespace DeFarm.Api.IntegrationTests.Items;

public sealed class CreateItemsBatchTests : ItemsTestBase
{
    private const string BatchPath = "/api/items/batch";

    [Test]
    public async Task ShouldReportEachItemsOutcomeAndKeepTheGoodOnes()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await client.PostAsJsonAsync(BatchPath, new
        {
            items = new[]
            {
                CreateBody([Contextual("lote", "L-1")]),
                CreateBody([Canonical("sisbov", "XX1")]),
                CreateBody([]),
                CreateBody([Contextual("lote", "L-2")], new { weight = 10 }),
            },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.ReadJsonAsync();
        body.GetProperty("success_count").GetInt32().ShouldBe(2);
        body.GetProperty("failed_count").GetInt32().ShouldBe(2);
        var results = body.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("success").GetBoolean()).ShouldBe([true, false, false, true]);
        Dfid.IsValid(results[0].GetProperty("item").GetProperty("dfid").GetString()).ShouldBeTrue();
        results[1].GetProperty("error").GetString()!.ShouldContain("bovino:sisbov:XX1");
        results[2].GetProperty("error").GetString()!.ShouldContain("NoIdentifiers");
        results[3].GetProperty("item").GetProperty("enriched_data").GetProperty("weight").GetInt32().ShouldBe(10);
        (await CountItemsAsync()).ShouldBe(2);
        (await PendingItemsAsync()).ShouldHaveSingleItem().Reason.ShouldBe(PendingReason.NoIdentifiers);
    }

    [Test]
    public async Task ShouldResolveARepeatedIdentifierWithinABatchToOneItem()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await client.PostAsJsonAsync(BatchPath, new
        {
            items = new[] { CreateBody([Contextual("lote", "L-1")]), CreateBody([Contextual("lote", "L-1")]) },
        });

        var results = (await response.ReadJsonAsync()).GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("item").GetProperty("dfid").GetString()).ToList();
        results.Distinct().ShouldHaveSingleItem();
        (await CountItemsAsync()).ShouldBe(1);
    }

    [TestCase(0)]
    [TestCase(1001)]
    public async Task ShouldRefuseABatchOutsideOneToAThousandItems(int count)
    {
        var (_, client) = await SignedInUserAsync();
        var items = Enumerable.Range(0, count).Select(i => CreateBody([Contextual("lote", $"L-{i}")])).ToArray();

        var response = await client.PostAsJsonAsync(BatchPath, new { items });

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString()!.ShouldContain("1 to 1000 items");
        (await CountItemsAsync()).ShouldBe(0);
    }
}
