using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Items;

namespace DeFarm.Api.IntegrationTests.Items;

public sealed class LocalItemsMappingTests : LocalItemsTestBase
{
    [Test]
    public async Task ShouldAnswerLocalOnlyWithoutADfidBeforeTokenization()
    {
        var client = await SignInAsync();
        var lid = await CreateLocalAsync(client);

        var body = await (await client.GetAsync(MappingPath(lid))).ShouldSucceedAsync();

        ShouldBeJson(body.GetProperty("data"), $$"""{"local_id":"{{lid}}","dfid":null,"status":"LocalOnly"}""");
    }

    [Test]
    public async Task ShouldAnswerTokenizedWithTheDfidOnceMappedAndKeepTheLocalItem()
    {
        var client = await SignInAsync();
        var lid = await CreateLocalAsync(client);
        var dfid = Dfid.Create(new DateOnly(2025, 12, 5), 1);
        await MapToDfidAsync(lid, dfid);

        var body = await (await client.GetAsync(MappingPath(lid))).ShouldSucceedAsync();

        ShouldBeJson(body.GetProperty("data"), $$"""{"local_id":"{{lid}}","dfid":"{{dfid.Value}}","status":"Tokenized"}""");
        (await LoadItemAsync(lid)).Dfid.ShouldBe($"LID-{lid}");
    }

    [Test]
    public async Task ShouldRejectAMalformedLocalId()
    {
        var client = await SignInAsync();

        var response = await client.GetAsync(MappingPath("not-a-uuid"));

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed", "Invalid local_id format");
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnUnknownLocalId()
    {
        var client = await SignInAsync();

        var response = await client.GetAsync(MappingPath(Guid.NewGuid().ToString()));

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "local_item_not_found", "Local item not found");
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnotherWorkspacesLocalId()
    {
        var owner = await SignInAsync();
        var stranger = await SignInAsync();
        var lid = await CreateLocalAsync(owner);

        var response = await stranger.GetAsync(MappingPath(lid));

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "local_item_not_found", "Local item not found");
    }
}
