using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Circuits;

/// <summary>
/// <c>GET /api/public/storage-history/:dfid</c> (engines-api.md §4.7) opens an item's storage history to anyone,
/// signed in or not, exactly while a publicly accessible circuit publishes the item.
/// </summary>
public sealed class PublishedStorageHistoryTests : CircuitsTestBase
{
    [Test]
    public async Task ShouldShowTheStorageHistoryOfAPublishedItemWithoutSignIn()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);
        var dfid = await CreateItemAsync(alice, null, ("tag", "published-history"));
        await (await PostAsync(alice, $"/api/storage-history/{dfid}/migrate", new { target_adapter_type = "ipfs-ipfs" }))
            .ShouldBeOkAsync();
        await ArrangeCircuitItemAsync(circuitId, dfid, alice.UserId);
        var publicPath = $"/api/public/storage-history/{dfid}";
        await (await Client.GetAsync(publicPath)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_public");

        await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/public-settings",
            new { public_settings = new { access_mode = "public", published_items = new[] { dfid } } })).ShouldBeOkAsync();

        var history = await (await Client.GetAsync(publicPath)).ShouldBeOkAsync();
        history.GetRawText().ShouldContain(dfid);
        await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/visibility/toggle", new { })).ShouldBeOkAsync();
        await (await Client.GetAsync(publicPath)).ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_public");
    }
}
