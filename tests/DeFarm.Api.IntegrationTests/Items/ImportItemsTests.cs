using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Items;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary><c>POST /api/items/import</c>: the create rules for many items in one transaction, all or nothing.</summary>
public sealed class ImportItemsTests : ItemsTestBase
{
    private const string ImportPath = "/api/items/import";

    [Test]
    public async Task ShouldCreateEveryRowAndReportEachDfidInRowOrder()
    {
        var (_, client) = await SignedInUserAsync();

        var body = await ImportAsync(client, HttpStatusCode.OK,
            CreateBody([Canonical("sisbov", "BR100000000001")], new { breed = "Nelore" }),
            CreateBody([Contextual("lote", "L-2")]),
            CreateBody([Contextual("lote", "L-3")]));

        body.GetProperty("created_count").GetInt32().ShouldBe(3);
        body.GetProperty("enriched_count").GetInt32().ShouldBe(0);
        var results = body.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("index").GetInt32()).ShouldBe([0, 1, 2]);
        results.ShouldAllBe(r => r.GetProperty("status").GetString() == "created");
        var dfids = results.Select(r => r.GetProperty("dfid").GetString()!).ToList();
        dfids.ShouldAllBe(dfid => Dfid.IsValid(dfid));
        dfids.Distinct().Count().ShouldBe(3);
        (await GetItemAsync(client, dfids[0])).GetProperty("enriched_data").GetProperty("breed").GetString().ShouldBe("Nelore");
    }

    [Test]
    public async Task ShouldResolveALaterRowToTheItemAnEarlierRowCreated()
    {
        var (_, client) = await SignedInUserAsync();

        var body = await ImportAsync(client, HttpStatusCode.OK,
            CreateBody([Canonical("sisbov", "BR100000000002")], new { weight = 400 }),
            CreateBody([Canonical("sisbov", "BR100000000002"), Contextual("lote", "L-9")], new { weight = 420 }));

        var results = body.GetProperty("results").EnumerateArray().ToList();
        results[1].GetProperty("status").GetString().ShouldBe("enriched");
        results[1].GetProperty("dfid").GetString().ShouldBe(results[0].GetProperty("dfid").GetString());
        var item = await GetItemAsync(client, results[0].GetProperty("dfid").GetString()!);
        item.GetProperty("identifiers").GetArrayLength().ShouldBe(2);
        item.GetProperty("enriched_data").GetProperty("weight").GetInt32().ShouldBe(420);
        (await CountItemsAsync()).ShouldBe(1);
    }

    [Test]
    public async Task ShouldEnrichTheCallersExistingItemThroughAKnownIdentifier()
    {
        var (_, client) = await SignedInUserAsync();
        var existing = await CreateDfidAsync(client, "known-tag");

        var body = await ImportAsync(client, HttpStatusCode.OK,
            CreateBody([Contextual("tag", "known-tag")], new { vaccinated = true }),
            CreateBody([Contextual("tag", "new-tag")]));

        body.GetProperty("created_count").GetInt32().ShouldBe(1);
        body.GetProperty("enriched_count").GetInt32().ShouldBe(1);
        body.GetProperty("results")[0].GetProperty("dfid").GetString().ShouldBe(existing);
        (await GetItemAsync(client, existing)).GetProperty("enriched_data").GetProperty("vaccinated").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task ShouldStoreNothingAndNameEveryBadRowWhenAnyRowFails()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await client.PostAsJsonAsync(ImportPath, new
        {
            items = new[]
            {
                CreateBody([Contextual("lote", "fine")]),
                CreateBody([Canonical("sisbov", "XX1")]),
                CreateBody([]),
                CreateBody([Contextual("lote", "also-fine")], new { note = (string?)null }),
            },
        });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        var errors = error.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["items[1]", "items[2]", "items[3]"]);
        errors.GetProperty("items[1]")[0].GetString()!.ShouldContain("bovino:sisbov:XX1");
        errors.GetProperty("items[2]")[0].GetString()!.ShouldContain("NoIdentifiers");
        errors.GetProperty("items[3]")[0].GetString()!.ShouldContain("DataQualityIssue");
        (await CountItemsAsync()).ShouldBe(0);
        (await PendingItemsAsync()).ShouldBeEmpty("an import is all or nothing, not a source of pending items");
    }

    [Test]
    public async Task ShouldRefuseTheWholeImportWhenARowCarriesAnotherOwnersIdentifier()
    {
        var (_, owner) = await SignedInUserAsync();
        await CreateItemAsync(owner, [Canonical("sisbov", "BR100000000003")]);
        var (_, intruder) = await SignedInUserAsync();

        var response = await intruder.PostAsJsonAsync(ImportPath, new
        {
            items = new[] { CreateBody([Contextual("lote", "mine")]), CreateBody([Canonical("sisbov", "BR100000000003")]) },
        });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        error.GetProperty("errors").GetProperty("items[1]")[0].GetString()!.ShouldContain("already belongs to another owner");
        (await CountItemsAsync()).ShouldBe(1);
    }

    [Test]
    public async Task ShouldRefuseAnImportThatWouldPassTheMonthlyTierLimit()
    {
        var (user, client) = await SignedInUserAsync();
        await InsertItemsAsync(user.UserId, 999);

        var response = await client.PostAsJsonAsync(ImportPath, new
        {
            items = new[] { CreateBody([Contextual("lote", "last")]), CreateBody([Contextual("lote", "one-too-many")]) },
        });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        error.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["items[1]"]);
        (await CountItemsAsync()).ShouldBe(999);
    }

    [TestCase(0)]
    [TestCase(1001)]
    public async Task ShouldRefuseAnImportOutsideOneToAThousandItems(int count)
    {
        var (_, client) = await SignedInUserAsync();
        var rows = Enumerable.Range(0, count).Select(i => CreateBody([Contextual("lote", $"L-{i}")])).ToArray();

        var response = await client.PostAsJsonAsync(ImportPath, new { items = rows });

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed", "An import holds 1 to 1000 items");
        (await CountItemsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldBoundTheIdentifiersOfEveryRow()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await client.PostAsJsonAsync(ImportPath, new
        {
            items = new[] { CreateBody([Contextual("lote", "fine")]), CreateBody([Contextual("lote", new string('x', 501))]) },
        });

        var error = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        error.GetProperty("errors").EnumerateObject().ShouldHaveSingleItem().Name.ShouldBe("items[1].identifiers");
    }

    [Test]
    public async Task ShouldRequireAuthentication()
    {
        var response = await Client.PostAsJsonAsync(ImportPath, new { items = new[] { CreateBody([Contextual("lote", "L")]) } });

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<JsonElement> ImportAsync(HttpClient client, HttpStatusCode expected, params object[] rows)
    {
        var response = await client.PostAsJsonAsync(ImportPath, new { items = rows });
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
