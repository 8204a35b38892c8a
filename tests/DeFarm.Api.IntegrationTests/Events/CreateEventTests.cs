using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Events;

/// <summary><c>POST /api/events</c>: an event about a visible item, deduplicated by content hash.</summary>
public sealed class CreateEventTests : EventsTestBase
{
    [Test]
    public async Task ShouldCreateAnEventWithTheSourceFromTheCredentials()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);

        var response = await alice.Client.PostAsJsonAsync("/api/events", new
        {
            dfid, event_type = "Enriched", visibility = "public", source = "someone-else",
            metadata = new { weight = 410, farm = new { name = "A" } },
        });

        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/events/{body.GetProperty("event_id").GetString()}");
        Guid.TryParse(body.GetProperty("event_id").GetString(), out _).ShouldBeTrue();
        body.GetProperty("dfid").GetString().ShouldBe(dfid);
        body.GetProperty("event_type").GetString().ShouldBe("Enriched");
        body.GetProperty("timestamp").GetInt64().ShouldBeAbout(DateTimeOffset.UtcNow);
        body.GetProperty("source").GetString().ShouldBe(alice.Id);
        body.GetProperty("metadata").GetRawText().ShouldBe("""{"weight":410,"farm":{"name":"A"}}""");
        body.GetProperty("is_encrypted").GetBoolean().ShouldBeFalse();
        body.GetProperty("visibility").GetString().ShouldBe("Public");
        body.GetProperty("was_deduplicated").GetBoolean().ShouldBeFalse();
        body.TryGetProperty("original_event_id", out _).ShouldBeFalse();
        body.GetProperty("content_hash").GetString()!.ShouldMatch("^[0-9a-f]{64}$");
    }

    [Test]
    public async Task ShouldAnswerTheStoredEventWhenTheSameContentIsPostedTwice()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var first = await (await PostEventAsync(alice, dfid, metadata: new { a = 1, b = 2 }))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);

        var second = await (await PostEventAsync(alice, dfid, "created", "private", new { b = 2, a = 1 }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        second.GetProperty("was_deduplicated").GetBoolean().ShouldBeTrue();
        second.GetProperty("original_event_id").GetString().ShouldBe(first.GetProperty("event_id").GetString());
        second.GetProperty("event_id").GetString().ShouldBe(first.GetProperty("event_id").GetString());
        second.GetProperty("content_hash").GetString().ShouldBe(first.GetProperty("content_hash").GetString());
        second.GetProperty("visibility").GetString().ShouldBe("Public");
        (await CountStoredEventsAsync()).ShouldBe(1);
    }

    [Test]
    public async Task ShouldStoreOneOfConcurrentDuplicatesAndAnswerTheOthersAsDuplicates()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostEventAsync(alice, dfid, metadata: new { race = 1 })));

        // The content hash is locked from lookup to commit, so the losers are answered as duplicates, not 409s.
        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Count(s => s == HttpStatusCode.Created).ShouldBe(1);
        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(5);
        var bodies = await Task.WhenAll(responses.Select(r => r.ReadJsonAsync()));
        bodies.Select(b => b.GetProperty("event_id").GetString()).Distinct().ShouldHaveSingleItem();
        (await CountStoredEventsAsync()).ShouldBe(1);
    }

    [Test]
    public async Task ShouldStoreEventsThatDifferInTypeOrMetadata()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);

        await CreateEventAsync(alice, dfid, metadata: new { a = 1 });
        await CreateEventAsync(alice, dfid, metadata: new { a = 2 });
        await CreateEventAsync(alice, dfid, metadata: new { a = 1 }, eventType: "Updated");

        (await CountStoredEventsAsync()).ShouldBe(3);
    }

    [TestCase("pushedtocircuit", "PushedToCircuit", "CIRCUITONLY", "CircuitOnly")]
    [TestCase("STATUSCHANGED", "StatusChanged", "direct", "Direct")]
    [TestCase("Merged", "Merged", "Private", "Private")]
    public async Task ShouldParseTypeAndVisibilityInAnyCase(string type, string typeName, string visibility, string visibilityName)
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);

        var body = await (await PostEventAsync(alice, dfid, type, visibility)).ShouldHaveStatusAsync(HttpStatusCode.Created);

        body.GetProperty("event_type").GetString().ShouldBe(typeName);
        body.GetProperty("visibility").GetString().ShouldBe(visibilityName);
        body.GetProperty("is_encrypted").GetBoolean().ShouldBe(visibilityName == "Private");
    }

    [Test]
    public async Task ShouldRequireADfid()
    {
        var alice = await SignUpAsync();

        var response = await alice.Client.PostAsJsonAsync("/api/events", new { event_type = "Created", visibility = "public" });

        await response.ShouldBeValidationErrorAsync("dfid", "dfid is required");
        (await CountStoredEventsAsync()).ShouldBe(0);
    }

    [TestCase("Deleted")]
    [TestCase("1")]
    public async Task ShouldRejectAnUnknownEventType(string type)
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);

        await (await PostEventAsync(alice, dfid, type)).ShouldBeValidationErrorAsync("event_type", $"Invalid event type: {type}");
    }

    [TestCase("everyone")]
    [TestCase("circuit_only")]
    public async Task ShouldRejectAnUnknownVisibility(string visibility)
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);

        await (await PostEventAsync(alice, dfid, visibility: visibility))
            .ShouldBeValidationErrorAsync("visibility", $"Invalid visibility: {visibility}");
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnUnknownItem()
    {
        var alice = await SignUpAsync();

        await (await PostEventAsync(alice, "DFID-20260314-999999-1A2B")).ShouldBeItemNotFoundAsync();
        (await CountStoredEventsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnotherUsersItem()
    {
        var alice = await SignUpAsync();
        var bob = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);

        await (await PostEventAsync(bob, dfid)).ShouldBeItemNotFoundAsync();
        (await CountStoredEventsAsync()).ShouldBe(0);
    }
}
