using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Items;

public sealed class GetItemTests : ItemsTestBase
{
    [Test]
    public async Task ShouldReturnTheCallersItemAsCreated()
    {
        var (_, client) = await SignedInUserAsync();
        var created = await CreateItemAsync(client, [Contextual("lote", "L-1")], new { weight = 12 });

        var item = await GetItemAsync(client, created.GetProperty("dfid").GetString()!);

        item.ToString().ShouldBe(created.ToString());
    }

    [TestCase("DFID-20250101-123456-6DF2")]
    [TestCase("not-a-dfid")]
    public async Task ShouldAnswer404ForAnUnknownItem(string dfid)
    {
        var (_, client) = await SignedInUserAsync();

        var response = await client.GetAsync($"{ItemsPath}/{dfid}");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
    }

    [Test]
    public async Task ShouldLetAnAdminReadAnyonesItem()
    {
        var admin = await SeededAdminClientAsync();
        var (_, owner) = await SignedInUserAsync();
        var dfid = await CreateDfidAsync(owner);

        var item = await GetItemAsync(admin, dfid);

        item.GetProperty("dfid").GetString().ShouldBe(dfid);
    }
}
