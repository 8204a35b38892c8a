using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Events;

/// <summary><c>POST /api/events/local</c> and <c>GET /api/events/local/:local_event_id</c>.</summary>
public sealed class LocalEventTests : EventsTestBase
{
    [Test]
    public async Task ShouldCreateALocalEvent()
    {
        var alice = await SignUpAsync();

        var response = await PostLocalEventAsync(alice, "updated", "private", new { step = "weighing" });

        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        body.PropertyNames().ShouldBe(
            ["event_id", "local_event_id", "event_type", "timestamp", "source", "metadata", "visibility", "is_local"],
            ignoreOrder: true);
        var localId = body.GetProperty("local_event_id").GetString();
        Guid.TryParse(localId, out _).ShouldBeTrue();
        response.Headers.Location!.ToString().ShouldBe($"/api/events/local/{localId}");
        body.GetProperty("event_type").GetString().ShouldBe("Updated");
        body.GetProperty("source").GetString().ShouldBe(alice.Id);
        body.GetProperty("metadata").GetRawText().ShouldBe("""{"step":"weighing"}""");
        body.GetProperty("visibility").GetString().ShouldBe("Private");
        body.GetProperty("is_local").GetBoolean().ShouldBeTrue();
        body.GetProperty("timestamp").GetInt64().ShouldBeAbout(DateTimeOffset.UtcNow);
    }

    [Test]
    public async Task ShouldAddressTheLocalEventAsLocalEventInItsDfid()
    {
        var alice = await SignUpAsync();
        var created = await (await PostLocalEventAsync(alice)).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var stored = await (await alice.Client.GetAsync($"/api/events/{created.GetProperty("event_id").GetString()}"))
            .ShouldBeOkAsync();

        stored.GetProperty("dfid").GetString().ShouldBe($"LOCAL-EVENT-{created.GetProperty("local_event_id").GetString()}");
    }

    [Test]
    public async Task ShouldNotDeduplicateLocalEvents()
    {
        var alice = await SignUpAsync();

        await (await PostLocalEventAsync(alice, metadata: new { a = 1 })).ShouldHaveStatusAsync(HttpStatusCode.Created);
        await (await PostLocalEventAsync(alice, metadata: new { a = 1 })).ShouldHaveStatusAsync(HttpStatusCode.Created);

        (await CountStoredEventsAsync()).ShouldBe(2);
    }

    [Test]
    public async Task ShouldRejectAnUnknownTypeOrVisibility()
    {
        var alice = await SignUpAsync();

        await (await PostLocalEventAsync(alice, eventType: "Born")).ShouldBeValidationErrorAsync("event_type", "Invalid event type: Born");
        await (await PostLocalEventAsync(alice, visibility: "team")).ShouldBeValidationErrorAsync("visibility", "Invalid visibility: team");
    }

    [Test]
    public async Task ShouldShowALocalEventToItsSource()
    {
        var alice = await SignUpAsync();
        var created = await (await PostLocalEventAsync(alice, metadata: new { a = 1 })).ShouldHaveStatusAsync(HttpStatusCode.Created);

        var body = await (await alice.Client.GetAsync($"/api/events/local/{created.GetProperty("local_event_id").GetString()}"))
            .ShouldBeOkAsync();

        body.GetRawText().ShouldBe(created.GetRawText());
    }

    [Test]
    public async Task ShouldHideALocalEventFromOtherUsers()
    {
        var alice = await SignUpAsync();
        var bob = await SignUpAsync();
        var created = await (await PostLocalEventAsync(alice)).ShouldHaveStatusAsync(HttpStatusCode.Created);

        await (await bob.Client.GetAsync($"/api/events/local/{created.GetProperty("local_event_id").GetString()}"))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "local_event_not_found", "Local event not found");
        await (await bob.Client.GetAsync($"/api/events/{created.GetProperty("event_id").GetString()}")).ShouldBeEventNotFoundAsync();
        (await ListIdsAsync(bob, "/api/events/public")).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnUnknownLocalEvent()
    {
        var alice = await SignUpAsync();

        await (await alice.Client.GetAsync($"/api/events/local/{Guid.NewGuid()}"))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "local_event_not_found", "Local event not found");
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAStoredEventThatIsNotLocal()
    {
        var alice = await SignUpAsync();
        var eventId = await CreateEventAsync(alice, await CreateItemAsync(alice));

        await (await alice.Client.GetAsync($"/api/events/local/{eventId}"))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "local_event_not_found", "Local event not found");
    }

    [Test]
    public async Task ShouldRejectAMalformedLocalEventId()
    {
        var alice = await SignUpAsync();

        await (await alice.Client.GetAsync("/api/events/local/not-a-uuid")).ShouldBeValidationErrorAsync("local_event_id", "Invalid event ID");
    }
}
