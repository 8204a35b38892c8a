using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Items;

public sealed class LocalItemsCreateTests : LocalItemsTestBase
{
    [Test]
    public async Task ShouldCreateALocalItemInTheCallersWorkspace()
    {
        var user = await RegisterAsync();
        using var client = ClientWithToken(user.Token);

        var response = await client.PostAsJsonAsync(LocalPath, new
        {
            identifiers = new[] { Sisbov("123456789012"), Lot("L-77") },
            enriched_data = new { breed = "Nelore", weight_kg = 412 },
        });

        var data = (await response.ShouldSucceedAsync()).GetProperty("data");
        data.GetProperty("status").GetString().ShouldBe("LocalOnly");
        var localId = data.GetProperty("local_id").GetString()!;
        var item = await LoadItemAsync(localId);
        item.Dfid.ShouldBe($"LID-{localId}");
        item.LocalId.ShouldBe(Guid.Parse(localId));
        item.LegacyMode.ShouldBeFalse();
        item.CreatedBy.ShouldBe(user.UserId);
        item.WorkspaceId.ShouldBe(user.WorkspaceId);
        item.Status.ShouldBe(ItemStatus.Active);
        item.Identifiers.Count.ShouldBe(2);
        item.SourceEntries.Count.ShouldBe(1);
        item.EnrichedData["breed"]!.GetValue<string>().ShouldBe("Nelore");
    }

    [Test]
    public async Task ShouldCreateALocalItemFromAnEmptyBody()
    {
        var client = await SignInAsync();

        var response = await client.PostAsJsonAsync(LocalPath, new { });

        var localId = (await response.ShouldSucceedAsync()).GetProperty("data").GetProperty("local_id").GetString()!;
        (await LoadItemAsync(localId)).Identifiers.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRejectAnInvalidIdentifierNamingItAndStoreNothing()
    {
        var client = await SignInAsync();

        var response = await client.PostAsJsonAsync(LocalPath, new { identifiers = new[] { Sisbov("1") } });

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_identifier");
        body.GetProperty("error").GetString()!.ShouldStartWith("Invalid identifier 'bovino:sisbov:BR1'");
        (await CountItemsAsync()).ShouldBe(0);
    }

    [TestCase("""{"":1}""", "enriched_data has a blank key")]
    [TestCase("""{"weight":null}""", "enriched_data key 'weight' has a null value")]
    public async Task ShouldRejectEnrichedDataWithABlankKeyOrNullValue(string enrichedData, string message)
    {
        var client = await SignInAsync();

        var response = await client.PostAsJsonAsync(LocalPath, new { enriched_data = JsonNode.Parse(enrichedData) });

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_enriched_data", message);
        (await CountItemsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseALocalItemOnceTheMonthlyTierLimitIsReached()
    {
        var user = await RegisterAsync();
        using var client = ClientWithToken(user.Token);
        await WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($$"""
            INSERT INTO items (dfid, legacy_mode, enriched_data, confidence_score, status, created_by, created_at, last_modified)
            SELECT 'LID-' || gen_random_uuid(), false, '{}'::jsonb, 1.0, 'Active', {{user.UserId}}, now(), now()
            FROM generate_series(1, 1000)
            """));

        var response = await client.PostAsJsonAsync(LocalPath, new { });

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "tier_limit_reached");
    }
}
