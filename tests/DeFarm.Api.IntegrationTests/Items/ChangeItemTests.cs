using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary><c>PUT /api/items/{dfid}</c> (enrich), <c>DELETE /api/items/{dfid}</c> and <c>PUT …/deprecate</c>.</summary>
public sealed class ChangeItemTests : ItemsTestBase
{
    [Test]
    public async Task ShouldMergeDataAddIdentifiersAndRecordASourceEntry()
    {
        var (_, client) = await SignedInUserAsync();
        var created = await CreateItemAsync(client, [Contextual("lote", "L-1")], new { weight = 400, breed = "Nelore" });
        var dfid = created.GetProperty("dfid").GetString()!;

        var enriched = await EnrichAsync(client, dfid, new
        {
            enriched_data = new { weight = 455, vaccinated = true },
            identifiers = new[] { Contextual("brinco", "B-1") },
        });

        enriched.GetProperty("dfid").GetString().ShouldBe(dfid);
        var data = enriched.GetProperty("enriched_data");
        data.GetProperty("weight").GetInt32().ShouldBe(455);
        data.GetProperty("breed").GetString().ShouldBe("Nelore");
        data.GetProperty("vaccinated").GetBoolean().ShouldBeTrue();
        enriched.GetProperty("identifiers").EnumerateArray().Select(i => i.GetProperty("key").GetString())
            .ShouldBe(["lote", "brinco"]);
        enriched.GetProperty("source_entries").GetArrayLength().ShouldBe(2);
        (await GetItemAsync(client, dfid)).ToString().ShouldBe(enriched.ToString());
    }

    [Test]
    public async Task ShouldRefuseEnrichmentWithAnInvalidIdentifierAndKeepTheItem()
    {
        var (_, client) = await SignedInUserAsync();
        var created = await CreateItemAsync(client, [Contextual("lote", "L-1")]);
        var dfid = created.GetProperty("dfid").GetString()!;

        var response = await client.PutAsJsonAsync(
            $"{ItemsPath}/{dfid}", new { identifiers = new[] { Canonical("sisbov", "XX1") } });

        (await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_identifier"))
            .GetProperty("error").GetString()!.ShouldContain("bovino:sisbov:XX1");
        (await GetItemAsync(client, dfid)).ToString().ShouldBe(created.ToString());
    }

    [Test]
    public async Task ShouldRefuseToAttachAnotherUsersIdentifier()
    {
        var (_, owner) = await SignedInUserAsync();
        var theirs = await CreateItemAsync(owner, [Canonical("sisbov", "BR123456789012")]);
        var (_, intruder) = await SignedInUserAsync();
        var mine = await CreateItemAsync(intruder, [Contextual("lote", "L-1")]);
        var dfid = mine.GetProperty("dfid").GetString()!;

        var response = await intruder.PutAsJsonAsync(
            $"{ItemsPath}/{dfid}", new { identifiers = new[] { Canonical("sisbov", "BR123456789012") } });

        (await response.ShouldBeErrorAsync(
                HttpStatusCode.Conflict, "identifier_taken",
                "Identifier 'bovino:sisbov:BR123456789012' already belongs to another owner's item")).ToString()
            .ShouldNotContain(theirs.GetProperty("dfid").GetString()!);
        (await GetItemAsync(intruder, dfid)).ToString().ShouldBe(mine.ToString());
    }

    [Test]
    public async Task ShouldAcceptAnIdentifierTheItemAlreadyCarries()
    {
        var (_, client) = await SignedInUserAsync();
        var dfid = await CreateDfidAsync(client, "T-1");

        var enriched = await EnrichAsync(client, dfid, new { identifiers = new[] { Contextual("tag", "T-1") } });

        enriched.GetProperty("identifiers").GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task ShouldLetAnAdminEnrichAnyonesItem()
    {
        var admin = await SeededAdminClientAsync();
        var (_, owner) = await SignedInUserAsync();
        var dfid = await CreateDfidAsync(owner);

        var enriched = await EnrichAsync(admin, dfid, new { enriched_data = new { checked_by = "admin" } });

        enriched.GetProperty("enriched_data").GetProperty("checked_by").GetString().ShouldBe("admin");
        (await GetItemAsync(owner, dfid)).GetProperty("enriched_data").GetProperty("checked_by").GetString().ShouldBe("admin");
    }

    [Test]
    public async Task ShouldAnswer404WhenEnrichingAnUnknownItem()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await client.PutAsJsonAsync(
            $"{ItemsPath}/DFID-20250101-123456-6DF2", new { enriched_data = new { a = 1 } });

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
    }

    [Test]
    public async Task ShouldDeprecateOnDeleteWithoutRemovingTheItem()
    {
        var (_, client) = await SignedInUserAsync();
        var dfid = await CreateDfidAsync(client);

        var response = await client.DeleteAsync($"{ItemsPath}/{dfid}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("message").GetString().ShouldBe("Item deprecated successfully");
        (await GetItemAsync(client, dfid)).GetProperty("status").GetString().ShouldBe("Deprecated");
        (await CountItemsAsync()).ShouldBe(1);
    }

    [Test]
    public async Task ShouldDeprecateAndAnswerTheItem()
    {
        var (_, client) = await SignedInUserAsync();
        var dfid = await CreateDfidAsync(client);

        var response = await client.PutAsync($"{ItemsPath}/{dfid}/deprecate", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var item = await response.ReadJsonAsync();
        item.GetProperty("dfid").GetString().ShouldBe(dfid);
        item.GetProperty("status").GetString().ShouldBe("Deprecated");
        (await GetItemAsync(client, dfid)).GetProperty("status").GetString().ShouldBe("Deprecated");
    }

    [Test]
    public async Task ShouldLetAnAdminDeprecateAnyonesItem()
    {
        var admin = await SeededAdminClientAsync();
        var (_, owner) = await SignedInUserAsync();
        var dfid = await CreateDfidAsync(owner);

        (await admin.PutAsync($"{ItemsPath}/{dfid}/deprecate", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await GetItemAsync(owner, dfid)).GetProperty("status").GetString().ShouldBe("Deprecated");
    }

    private static async Task<JsonElement> EnrichAsync(HttpClient client, string dfid, object body)
    {
        var response = await client.PutAsJsonAsync($"{ItemsPath}/{dfid}", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }
}
