using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary>Decision 19: a Basic account creates at most 1000 items per calendar month (UTC).</summary>
public sealed class ItemTierLimitTests : ItemsTestBase
{
    private const int BasicMonthlyItems = 1000;
    private const string LimitReached = "Your tier allows 1000 new items per month; upgrade to create more.";

    [Test]
    public async Task ShouldRefuseANewItemOnceTheMonthlyLimitIsReached()
    {
        var (user, client) = await SignedInUserAsync();
        await InsertItemsAsync(user.UserId, BasicMonthlyItems);

        var response = await PostItemAsync(client, CreateBody([Contextual("lote", "one-too-many")]));

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "tier_limit_reached", LimitReached);
        (await CountItemsAsync()).ShouldBe(BasicMonthlyItems);
    }

    [Test]
    public async Task ShouldRefuseTheBatchItemsPastTheMonthlyLimitAndKeepTheOnesBelowIt()
    {
        var (user, client) = await SignedInUserAsync();
        await InsertItemsAsync(user.UserId, BasicMonthlyItems - 1);

        var response = await client.PostAsJsonAsync($"{ItemsPath}/batch", new
        {
            items = new[] { CreateBody([Contextual("lote", "last")]), CreateBody([Contextual("lote", "one-too-many")]) },
        });

        // The batch reports each item's outcome (ADR-006): the refused one carries the 403's message.
        var body = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body.ToString());
        var results = body.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("success").GetBoolean()).ShouldBe([true, false]);
        results[1].GetProperty("error").GetString().ShouldBe(LimitReached);
        body.GetProperty("failed_count").GetInt32().ShouldBe(1);
        (await CountItemsAsync()).ShouldBe(BasicMonthlyItems);
        (await PendingItemsAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldNotCountItemsCreatedLastCalendarMonth()
    {
        var (user, client) = await SignedInUserAsync();
        var now = DateTimeOffset.UtcNow;
        var lastSecondOfLastMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(-1);
        await InsertItemsAsync(user.UserId, BasicMonthlyItems, lastSecondOfLastMonth);

        await CreateDfidAsync(client);

        (await CountItemsAsync()).ShouldBe(BasicMonthlyItems + 1);
    }

    [TestCase("professional")]
    [TestCase("enterprise")]
    public async Task ShouldLetAHigherTierCreatePastTheBasicLimit(string tier)
    {
        var (user, client) = await SignedInUserAsync();
        await SetTierAsync(user, tier);
        await InsertItemsAsync(user.UserId, BasicMonthlyItems);

        await CreateDfidAsync(client);

        (await CountItemsAsync()).ShouldBe(BasicMonthlyItems + 1);
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
