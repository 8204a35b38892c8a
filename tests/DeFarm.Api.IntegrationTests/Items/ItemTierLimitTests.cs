using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary>Decision 19: a Basic account creates at most 1000 items per calendar month (UTC).</summary>
public sealed class ItemTierLimitTests : ItemsTestBase
{
    private const int BasicMonthlyItems = 1000;

    [Test]
    public async Task ShouldRefuseANewItemOnceTheMonthlyLimitIsReached()
    {
        var (user, client) = await SignedInUserAsync();
        await InsertItemsAsync(user.UserId, BasicMonthlyItems);

        var response = await PostItemAsync(client, CreateBody([Contextual("lote", "one-too-many")]));

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "tier_limit_reached");
        (await CountItemsAsync()).ShouldBe(BasicMonthlyItems);
    }

    [Test]
    public async Task ShouldCreateTheLastItemJustBelowTheLimit()
    {
        var (user, client) = await SignedInUserAsync();
        await InsertItemsAsync(user.UserId, BasicMonthlyItems - 1);

        await CreateDfidAsync(client);

        (await CountItemsAsync()).ShouldBe(BasicMonthlyItems);
    }

    [Test]
    public async Task ShouldStillResolveAKnownIdentifierAtTheLimit()
    {
        var (user, client) = await SignedInUserAsync();
        var dfid = await CreateDfidAsync(client, "known");
        await InsertItemsAsync(user.UserId, BasicMonthlyItems - 1);

        var again = await CreateItemAsync(client, [Contextual("tag", "known")], new { weight = 1 });

        again.GetProperty("dfid").GetString().ShouldBe(dfid);
        again.GetProperty("enriched_data").GetProperty("weight").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task ShouldNotCountAnotherUsersItems()
    {
        var (other, _) = await SignedInUserAsync();
        await InsertItemsAsync(other.UserId, BasicMonthlyItems);
        var (_, client) = await SignedInUserAsync();

        await CreateDfidAsync(client);
    }
}
