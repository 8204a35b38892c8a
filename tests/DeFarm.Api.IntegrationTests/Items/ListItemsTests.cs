using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary><c>GET /api/items</c>, <c>/search</c>, <c>/identifier/{key}/{value}</c> and <c>/stats</c>.</summary>
public sealed class ListItemsTests : ItemsTestBase
{
    private static readonly string[] ListPaths = [ItemsPath, $"{ItemsPath}/search"];

    [TestCaseSource(nameof(ListPaths))]
    public async Task ShouldListOnlyTheCallersItemsInCreationOrder(string path)
    {
        var (_, client) = await SignedInUserAsync();
        var mine = await CreateDfidsAsync(client, 3);
        var (_, other) = await SignedInUserAsync();
        await CreateDfidAsync(other);

        DfidsOf(await ListAsync(client, path)).ShouldBe(mine);
    }

    [TestCaseSource(nameof(ListPaths))]
    public async Task ShouldFilterByIdentifierKeyAndValue(string path)
    {
        var (_, client) = await SignedInUserAsync();
        var lotA = await CreateDfidAsync(client, "A");
        await CreateItemAsync(client, [Contextual("brinco", "A")]);
        var lotB = (await CreateItemAsync(client, [Contextual("lote", "B")])).GetProperty("dfid").GetString()!;

        DfidsOf(await ListAsync(client, path, "identifier_key=tag")).ShouldBe([lotA]);
        DfidsOf(await ListAsync(client, path, "identifier_key=tag&identifier_value=A")).ShouldBe([lotA]);
        DfidsOf(await ListAsync(client, path, "identifier_key=lote&identifier_value=B")).ShouldBe([lotB]);
        DfidsOf(await ListAsync(client, path, "identifier_key=lote&identifier_value=A")).ShouldBeEmpty();
    }

    [TestCaseSource(nameof(ListPaths))]
    public async Task ShouldFilterByStatusAndIgnoreAnUnknownOne(string path)
    {
        var (_, client) = await SignedInUserAsync();
        var dfids = await CreateDfidsAsync(client, 2);
        (await client.PutAsync($"{ItemsPath}/{dfids[1]}/deprecate", null)).EnsureSuccessStatusCode();

        DfidsOf(await ListAsync(client, path, "status=active")).ShouldBe([dfids[0]]);
        DfidsOf(await ListAsync(client, path, "status=Deprecated")).ShouldBe([dfids[1]]);
        DfidsOf(await ListAsync(client, path, "status=merged")).ShouldBeEmpty();
        DfidsOf(await ListAsync(client, path, "status=whatever")).ShouldBe(dfids);
        DfidsOf(await ListAsync(client, path, "status=1")).ShouldBe(dfids);
        DfidsOf(await ListAsync(client, path, "status=active,deprecated")).ShouldBe(dfids);
    }

    [TestCaseSource(nameof(ListPaths))]
    public async Task ShouldPageWithLimitAndOffsetInCreationOrder(string path)
    {
        var (_, client) = await SignedInUserAsync();
        var dfids = await CreateDfidsAsync(client, 5);

        DfidsOf(await ListAsync(client, path, "limit=2")).ShouldBe(dfids[..2]);
        DfidsOf(await ListAsync(client, path, "limit=2&offset=2")).ShouldBe(dfids[2..4]);
        DfidsOf(await ListAsync(client, path, "limit=2&offset=4")).ShouldBe(dfids[4..]);
        DfidsOf(await ListAsync(client, path, "offset=5")).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldReturnAtMostAHundredItemsByDefault()
    {
        var (user, client) = await SignedInUserAsync();
        await InsertItemsAsync(user.UserId, 101);

        (await ListAsync(client, ItemsPath)).GetArrayLength().ShouldBe(100);
        (await ListAsync(client, ItemsPath, "limit=1000")).GetArrayLength().ShouldBe(101);
    }

    [TestCase("limit=0")]
    [TestCase("limit=1001")]
    [TestCase("offset=-1")]
    public async Task ShouldRefuseAPageOutOfRange(string query)
    {
        var (_, client) = await SignedInUserAsync();

        foreach (var path in ListPaths)
        {
            await (await client.GetAsync($"{path}?{query}")).ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        }
    }

    [Test]
    public async Task ShouldFindTheCallersItemsByIdentifierInAnyNamespace()
    {
        var (_, client) = await SignedInUserAsync();
        var generic = await CreateDfidAsync(client, "T-1");
        var bovine = (await CreateItemAsync(client, [Contextual("tag", "T-1", "bovino")])).GetProperty("dfid").GetString()!;
        await CreateDfidAsync(client, "T-2");
        var (_, other) = await SignedInUserAsync();
        await CreateItemAsync(other, [Contextual("tag", "T-1", "suino")]);

        var found = await ListAsync(client, $"{ItemsPath}/identifier/tag/T-1");

        DfidsOf(found).ShouldBe([generic, bovine]);
    }

    [Test]
    public async Task ShouldCountTheCallersItemsByStatus()
    {
        var (_, client) = await SignedInUserAsync();
        var dfids = await CreateDfidsAsync(client, 3);
        (await client.DeleteAsync($"{ItemsPath}/{dfids[0]}")).EnsureSuccessStatusCode();
        var (_, other) = await SignedInUserAsync();
        await CreateDfidAsync(other);

        var stats = await ListAsync(client, $"{ItemsPath}/stats");

        stats.GetProperty("total_items").GetInt32().ShouldBe(3);
        stats.GetProperty("active_items").GetInt32().ShouldBe(2);
        stats.GetProperty("archived_items").GetInt32().ShouldBe(1);
        stats.GetProperty("merged_items").GetInt32().ShouldBe(0);
        stats.GetProperty("split_items").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task ShouldLetAnAdminListEveryonesItems()
    {
        var admin = await SeededAdminClientAsync();
        var (_, alice) = await SignedInUserAsync();
        var (_, bob) = await SignedInUserAsync();
        var dfids = new[] { await CreateDfidAsync(alice), await CreateDfidAsync(bob) };

        DfidsOf(await ListAsync(admin, ItemsPath)).ShouldBe(dfids);
        (await ListAsync(admin, $"{ItemsPath}/stats")).GetProperty("total_items").GetInt32().ShouldBe(2);
    }

    private static async Task<string[]> CreateDfidsAsync(HttpClient client, int count)
    {
        var dfids = new string[count];
        for (var i = 0; i < count; i++)
        {
            dfids[i] = await CreateDfidAsync(client);
        }

        return dfids;
    }

    private static async Task<System.Text.Json.JsonElement> ListAsync(HttpClient client, string path, string? query = null)
    {
        var response = await client.GetAsync(query is null ? path : $"{path}?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
