using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary>Every <c>/api/items/{dfid}</c> route answers 404 for someone else's item and changes nothing.</summary>
public sealed class CrossUserItemTests : ItemsTestBase
{
    private const string Secret = "owner-only-value";

    public static IEnumerable<TestCaseData> DfidRoutes =>
    [
        new TestCaseData(HttpMethod.Get, "").SetArgDisplayNames("GET"),
        new TestCaseData(HttpMethod.Put, "").SetArgDisplayNames("PUT enrich"),
        new TestCaseData(HttpMethod.Delete, "").SetArgDisplayNames("DELETE"),
        new TestCaseData(HttpMethod.Put, "/deprecate").SetArgDisplayNames("PUT deprecate"),
    ];

    [TestCaseSource(nameof(DfidRoutes))]
    public async Task ShouldAnswer404ForAnotherUsersItemWithoutItsData(HttpMethod method, string suffix)
    {
        var (_, owner) = await SignedInUserAsync();
        var created = await CreateItemAsync(owner, [Contextual("lote", "L-1")], new { secret = Secret });
        var dfid = created.GetProperty("dfid").GetString()!;
        var (_, intruder) = await SignedInUserAsync();

        var response = await intruder.SendAsync(new HttpRequestMessage(method, $"{ItemsPath}/{dfid}{suffix}")
        {
            Content = method == HttpMethod.Put ? JsonContent.Create(new { enriched_data = new { secret = "stolen" } }) : null,
        });

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
        body.ToString().ShouldNotContain(Secret);
        (await GetItemAsync(owner, dfid)).ToString().ShouldBe(created.ToString());
    }
}
