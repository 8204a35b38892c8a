using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway.Items;

/// <summary>
/// The front end's item calls (spa-contract §2.2 I1–I4, I7–I8; ADR-018): list, create, read and status, with the
/// fields its pages read, the envelopes, the status codes and the gateway error body.
/// </summary>
public sealed class GatewayItemsTests : GatewayItemsTestBase
{
    [Test]
    public async Task ShouldCreateAnItemWithoutACircuitAndListIt()
    {
        var user = await RegisterAsync();

        var created = await CreateGatewayItemAsync(
            user, NewItemBody(metadata: new { raca = "Nelore", peso = 210 }, valueChain: "bovino", country: "other", year: 2024));

        created.GetProperty("was_deduplicated").GetBoolean().ShouldBeFalse();
        var item = created.GetProperty("item");
        var id = item.GetProperty("id").GetString()!;
        id.ShouldStartWith("DFID-");
        item.GetProperty("dfid").GetString().ShouldBe(id);
        item.GetProperty("value_chain").GetString().ShouldBe("bovino");
        item.GetProperty("country").GetString().ShouldBe("other");
        item.GetProperty("year").GetInt32().ShouldBe(2024);
        item.GetProperty("status").GetString().ShouldBe("Active");
        item.GetProperty("metadata").GetProperty("raca").GetString().ShouldBe("Nelore");
        item.GetProperty("metadata").GetProperty("peso").GetInt32().ShouldBe(210);
        item.GetProperty("metadata").TryGetProperty("value_chain", out _).ShouldBeFalse("the description is not metadata");
        foreach (var date in new[] { "registered_at", "created_at", "updated_at", "last_updated_at" })
        {
            ShouldBeGatewayDate(item, date);
        }

        created.GetProperty("identifiers").GetArrayLength().ShouldBe(0);
        created.GetProperty("canonical_identifier").ValueKind.ShouldBe(JsonValueKind.Null);
        Type(created.GetProperty("events").EnumerateArray().ShouldHaveSingleItem()).ShouldBe("ItemCreated");
        (await ListedItemIdsAsync(user)).ShouldBe([id]);
    }

    [Test]
    public async Task ShouldListEveryVisibleItemNewestFirstAndNothingOfOtherUsers()
    {
        var user = await RegisterAsync();
        var other = await RegisterAsync();
        var first = await CreateGatewayItemIdAsync(user);
        var second = await CreateGatewayItemIdAsync(user, NewItemBody(valueChain: "cafe", country: "BR", year: 2023));
        await CreateGatewayItemIdAsync(other);

        (await ListedItemIdsAsync(user)).ShouldBe([second, first]);
        (await ListedItemIdsAsync(user, "?limit=1&offset=1")).ShouldBe([first]);
        await (await GetAsync(user, GatewayItemsPath + "?limit=0")).ShouldBeGatewayErrorAsync(
            HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ShouldDeduplicateByAnIdentifierTheCallersItemAlreadyCarries()
    {
        var user = await RegisterAsync();
        var sisbov = CanonicalInput("sisbov", "BR123456789012");
        var created = await CreateGatewayItemAsync(user, NewItemBody(identifiers: [sisbov]));

        var again = await PostAsync(user, GatewayItemsPath, NewItemBody(identifiers: [sisbov], metadata: new { lote = "L-7" }, year: 2026));

        var body = await again.ShouldBeOkAsync();
        body.GetProperty("was_deduplicated").GetBoolean().ShouldBeTrue();
        ItemIdOf(body).ShouldBe(ItemIdOf(created));
        body.GetProperty("item").GetProperty("year").GetInt32().ShouldBe(2026);
        body.GetProperty("item").GetProperty("metadata").GetProperty("lote").GetString().ShouldBe("L-7");
        var enriched = body.GetProperty("events").EnumerateArray().ShouldHaveSingleItem();
        Type(enriched).ShouldBe("ItemEnriched");
        enriched.GetProperty("metadata").GetProperty("fields").EnumerateArray().Select(f => f.GetString())
            .ShouldBe(["lote", "value_chain", "country", "year"], ignoreOrder: true);
        var canonical = body.GetProperty("canonical_identifier");
        canonical.GetProperty("identifier_type").GetString().ShouldBe("sisbov");
        canonical.GetProperty("value").GetString().ShouldBe("BR123456789012");
        canonical.GetProperty("is_canonical").GetBoolean().ShouldBeTrue();
        (await ListedItemIdsAsync(user)).ShouldBe([ItemIdOf(created)]);
    }

    [Test]
    public async Task ShouldRefuseAnIdentifierOnAnotherOwnersItemAndStoreNothing()
    {
        var owner = await RegisterAsync();
        var other = await RegisterAsync();
        await CreateGatewayItemAsync(owner, NewItemBody(identifiers: [CanonicalInput("sisbov", "BR123456789012")]));
        var before = await CountPipelineRowsAsync();

        var response = await PostAsync(other, GatewayItemsPath, NewItemBody(identifiers: [CanonicalInput("sisbov", "BR123456789012")]));

        await response.ShouldBeGatewayErrorAsync(HttpStatusCode.Conflict, "identifier_taken");
        (await CountPipelineRowsAsync()).ShouldBe(before);
    }

    [TestCase("value_chain")]
    [TestCase("country")]
    [TestCase("year")]
    public async Task ShouldRequireTheDescription(string missing)
    {
        var user = await RegisterAsync();
        var body = new Dictionary<string, object?> { ["value_chain"] = "soja", ["country"] = "BR", ["year"] = 2025 };
        body[missing] = null;

        var response = await PostAsync(user, GatewayItemsPath, body);

        var error = await response.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        error.GetProperty("details").TryGetProperty(missing, out _).ShouldBeTrue(error.ToString());
        (await CountPipelineRowsAsync()).TokenizedItems.ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseAnInvalidRegistryValueOrMetadataThatIsNotMetadata()
    {
        var user = await RegisterAsync();

        var badSisbov = await PostAsync(user, GatewayItemsPath, NewItemBody(identifiers: [CanonicalInput("sisbov", "105500497219983")]));
        var descriptionInMetadata = await PostAsync(user, GatewayItemsPath, NewItemBody(metadata: new { country = "AR" }));
        var nullValue = await PostAsync(user, GatewayItemsPath, NewItemBody(metadata: new Dictionary<string, object?> { ["raca"] = null }));

        (await badSisbov.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "invalid_identifier"))
            .GetProperty("message").GetString()!.ShouldContain("SISBOV");
        await descriptionInMetadata.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await nullValue.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        (await CountPipelineRowsAsync()).TokenizedItems.ShouldBe(0);
    }

    [Test]
    public async Task ShouldReadAnItemWithItsIdentifiersAndEvents()
    {
        var user = await RegisterAsync();
        var id = await CreateGatewayItemIdAsync(user, NewItemBody(identifiers:
            [new { identifier_type = "lote", value = "L-1", is_canonical = false }, CanonicalInput("sisbov", "BR123456789012")]));

        var details = await GatewayGetOkAsync(user, $"{GatewayItemsPath}/{id}");

        details.GetProperty("item").GetProperty("id").GetString().ShouldBe(id);
        details.GetProperty("identifiers").EnumerateArray()
            .Select(i => (i.GetProperty("identifier_type").GetString(), i.GetProperty("value").GetString(), i.GetProperty("is_canonical").GetBoolean()))
            .ShouldBe([("lote", "L-1", false), ("sisbov", "BR123456789012", true)]);
        details.GetProperty("canonical_identifier").GetProperty("value").GetString().ShouldBe("BR123456789012");
        var created = details.GetProperty("events").EnumerateArray().ShouldHaveSingleItem();
        Type(created).ShouldBe("ItemCreated");
        created.GetProperty("item_id").GetString().ShouldBe(id);
        ShouldBeGatewayDate(created, "created_at");
    }

    [Test]
    public async Task ShouldDeprecateAndArchiveCaseInsensitivelyAndRecordEachChange()
    {
        var user = await RegisterAsync();
        var id = await CreateGatewayItemIdAsync(user);

        var deprecated = await (await PutAsync(user, $"{GatewayItemsPath}/{id}/status", new { status = "deprecated", user_id = "x" }))
            .ShouldBeOkAsync();
        var archived = await (await PutAsync(user, $"{GatewayItemsPath}/{id}/status", new { status = "ARCHIVED" })).ShouldBeOkAsync();
        await (await PutAsync(user, $"{GatewayItemsPath}/{id}/status", new { status = "archived" })).ShouldBeOkAsync();

        deprecated.GetProperty("status").GetString().ShouldBe("Deprecated");
        archived.GetProperty("id").GetString().ShouldBe(id);
        archived.GetProperty("status").GetString().ShouldBe("Archived");
        (await GatewayGetOkAsync(user, $"{GatewayItemsPath}/{id}")).GetProperty("item").GetProperty("status").GetString()
            .ShouldBe("Archived");
        var changes = (await ListedEventsAsync(user, $"?item_id={id}")).Where(e => Type(e) == "item_status_changed").ToList();
        changes.Select(e => e.GetProperty("metadata").GetProperty("status").GetString())
            .ShouldBe(["Archived", "Deprecated"], "newest first, and archiving twice records one change");
    }

    [Test]
    public async Task ShouldRefuseAStatusTheFrontEndCannotSet()
    {
        var user = await RegisterAsync();
        var id = await CreateGatewayItemIdAsync(user);

        var response = await PutAsync(user, $"{GatewayItemsPath}/{id}/status", new { status = "merged" });

        await response.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        (await GatewayGetOkAsync(user, $"{GatewayItemsPath}/{id}")).GetProperty("item").GetProperty("status").GetString()
            .ShouldBe("Active");
    }

    [Test]
    public async Task ShouldAnswerNotFoundForSomeoneElsesItemOnEveryItemRoute()
    {
        var owner = await RegisterAsync();
        var stranger = await RegisterAsync();
        var id = await CreateGatewayItemIdAsync(owner, NewItemBody(metadata: new { raca = "Nelore" }));
        var circuitId = await CreateCircuitIdAsync(stranger);

        var responses = new[]
        {
            await GetAsync(stranger, $"{GatewayItemsPath}/{id}"),
            await PutAsync(stranger, $"{GatewayItemsPath}/{id}", new { metadata = new { raca = "Angus" } }),
            await PutAsync(stranger, $"{GatewayItemsPath}/{id}", new { metadata = new { circuit_id = circuitId } }),
            await PutAsync(stranger, $"{GatewayItemsPath}/{id}/status", new { status = "deprecated" }),
            await GetAsync(stranger, $"/gateway/api/adapter/items/{id}/anchors"),
            await GetAsync(stranger, $"{GatewayEventsPath}?item_id={id}"),
            await GetAsync(stranger, $"{GatewayItemsPath}/DFID-20260101-999999-1"),
        };

        foreach (var response in responses)
        {
            await response.ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "item_not_found");
        }

        var item = (await GatewayGetOkAsync(owner, $"{GatewayItemsPath}/{id}")).GetProperty("item");
        item.GetProperty("status").GetString().ShouldBe("Active");
        item.GetProperty("metadata").GetProperty("raca").GetString().ShouldBe("Nelore");
        (await ListedItemIdsAsync(stranger, $"?circuit_id={circuitId}")).ShouldBeEmpty();
    }
}
