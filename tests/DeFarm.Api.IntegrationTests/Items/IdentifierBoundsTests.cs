using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary>Over-long identifiers are a 400 on every entry point, before anything reaches either store.</summary>
public sealed class IdentifierBoundsTests : ApiTestBase
{
    [TestCase("/api/items")]
    [TestCase("/api/items/local")]
    public async Task ShouldRefuseAnOverLongIdentifierAndStoreNothing(string path)
    {
        var user = await RegisterAsync();
        using var client = ClientWithToken(user.Token);

        var response = await client.PostAsJsonAsync(path, new
        {
            identifiers = new[] { new { @namespace = "soja", key = "lote", value = new string('9', 501) } },
        });

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        body.GetProperty("errors").TryGetProperty("identifiers", out _).ShouldBeTrue();
        await WithDatabaseAsync(async db => (await db.Items.CountAsync()).ShouldBe(0));
    }

    [Test]
    public async Task ShouldRefuseMoreThanAHundredIdentifiers()
    {
        var user = await RegisterAsync();
        using var client = ClientWithToken(user.Token);
        var identifiers = Enumerable.Range(0, 101).Select(i => new { key = "tag", value = $"T-{i}" }).ToArray();

        var response = await client.PostAsJsonAsync("/api/items", new { identifiers });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "validation_failed", "An item may carry at most 100 identifiers");
    }
}
