using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Events;

/// <summary>The list routes of <c>/api/events</c>: filters, newest first, paging and their 400/404 answers.</summary>
public sealed class ListEventsTests : EventsTestBase
{
    [Test]
    public async Task ShouldListAnItemsEventsNewestFirst()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var otherDfid = await CreateItemAsync(alice);
        var first = await CreateEventAsync(alice, dfid, metadata: new { n = 1 });
        await CreateEventAsync(alice, otherDfid, metadata: new { n = 2 });
        await Task.Delay(1100);
        var second = await CreateEventAsync(alice, dfid, metadata: new { n = 3 });

        (await ListIdsAsync(alice, $"/api/events/item/{dfid}")).ShouldBe([second, first]);
    }

    [Test]
    public async Task ShouldAnswerItemNotFoundForAnItemTheCallerCannotSee()
    {
        var alice = await SignUpAsync();
        var bob = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        await CreateEventAsync(alice, dfid);

        await (await bob.Client.GetAsync($"/api/events/item/{dfid}")).ShouldBeItemNotFoundAsync();
        await (await bob.Client.GetAsync("/api/events/item/DFID-20260314-999999-1A2B")).ShouldBeItemNotFoundAsync();
    }

    [Test]
    public async Task ShouldListByTypeInAnyCase()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var updated = await CreateEventAsync(alice, dfid, eventType: "Updated");
        await CreateEventAsync(alice, dfid, eventType: "Created");

        (await ListIdsAsync(alice, "/api/events/type/UPDATED")).ShouldBe([updated]);
    }

    [Test]
    public async Task ShouldRejectAnUnknownTypeInTheRoute()
    {
        var alice = await SignUpAsync();

        await (await alice.Client.GetAsync("/api/events/type/Born")).ShouldBeBadRequestAsync("Invalid event type: Born");
    }

    [Test]
    public async Task ShouldListByVisibility()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var direct = await CreateEventAsync(alice, dfid, "direct", new { recipient_id = "nobody" });
        await CreateEventAsync(alice, dfid, "public", new { n = 1 });

        (await ListIdsAsync(alice, "/api/events/visibility/Direct")).ShouldBe([direct]);
    }

    [Test]
    public async Task ShouldRejectAnUnknownVisibilityInTheRoute()
    {
        var alice = await SignUpAsync();

        await (await alice.Client.GetAsync("/api/events/visibility/friends")).ShouldBeBadRequestAsync("Invalid visibility: friends");
    }

    [Test]
    public async Task ShouldListPublicAndPrivateEvents()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var publicEvent = await CreateEventAsync(alice, dfid, "public", new { n = 1 });
        var privateEvent = await CreateEventAsync(alice, dfid, "private", new { n = 2 });

        (await ListIdsAsync(alice, "/api/events/public")).ShouldBe([publicEvent]);
        (await ListIdsAsync(alice, "/api/events/private")).ShouldBe([privateEvent]);
    }

    [Test]
    public async Task ShouldListTheTimelineBetweenBothDates()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var eventId = await CreateEventAsync(alice, dfid);
        var after = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        (await ListIdsAsync(alice, $"/api/events/timeline?start_date={before}&end_date={after}")).ShouldBe([eventId]);
        (await ListIdsAsync(alice, $"/api/events/timeline?start_date={before - 100}&end_date={before - 1}")).ShouldBeEmpty();
        (await ListIdsAsync(alice, $"/api/events/timeline?start_date={after + 1}")).ShouldBe([eventId]);
        (await ListIdsAsync(alice, "/api/events/timeline")).ShouldBe([eventId]);
    }

    [Test]
    public async Task ShouldPageWithLimitAndOffset()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var ids = new List<string>();
        for (var n = 0; n < 3; n++)
        {
            ids.Add(await CreateEventAsync(alice, dfid, metadata: new { n }));
        }

        var all = await ListIdsAsync(alice, "/api/events/public");
        all.ShouldBe(ids, ignoreOrder: true);
        (await ListIdsAsync(alice, "/api/events/public?limit=2")).ShouldBe(all[..2]);
        (await ListIdsAsync(alice, "/api/events/public?limit=2&offset=2")).ShouldBe(all[2..]);
    }

    [TestCase("/api/events/public?limit=0", "limit must be between 1 and 1000")]
    [TestCase("/api/events/private?limit=1001", "limit must be between 1 and 1000")]
    [TestCase("/api/events/timeline?offset=-1", "offset must not be negative")]
    public async Task ShouldRejectInvalidPaging(string path, string message)
    {
        var alice = await SignUpAsync();

        await (await alice.Client.GetAsync(path)).ShouldBeBadRequestAsync(message);
    }

    [Test]
    public async Task ShouldRejectADateOutOfRange()
    {
        var alice = await SignUpAsync();

        await (await alice.Client.GetAsync($"/api/events/timeline?start_date={long.MaxValue}&end_date=1"))
            .ShouldBeBadRequestAsync("start_date is out of range");
    }

    [Test]
    public async Task ShouldRejectAnEndDateOutOfRange()
    {
        var alice = await SignUpAsync();

        await (await alice.Client.GetAsync($"/api/events/timeline?start_date=1&end_date={long.MinValue}"))
            .ShouldBeValidationErrorAsync("end_date", "end_date is out of range");
    }

    [Test]
    public async Task ShouldRejectADateThatIsNotANumber()
    {
        var alice = await SignUpAsync();

        await (await alice.Client.GetAsync("/api/events/timeline?start_date=yesterday&end_date=1"))
            .ShouldBeValidationErrorAsync("start_date", "The value 'yesterday' is not valid.");
    }

    [Test]
    public async Task ShouldRejectAnonymousCallers()
    {
        var response = await Client.GetAsync("/api/events/public");

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }
}
