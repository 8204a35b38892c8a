using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Events;

/// <summary><c>GET /api/events/:event_id</c> and <c>POST /api/events/:event_id/metadata</c>.</summary>
public sealed class GetAndUpdateEventTests : EventsTestBase
{
    [Test]
    public async Task ShouldReturnTheEventShape()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var eventId = await CreateEventAsync(alice, dfid, "private", new { a = 1 });

        var body = await (await alice.Client.GetAsync($"/api/events/{eventId}")).ShouldBeOkAsync();

        body.PropertyNames().ShouldBe(
            ["event_id", "dfid", "event_type", "timestamp", "source", "metadata", "is_encrypted", "visibility"],
            ignoreOrder: true);
        body.GetProperty("event_id").GetString().ShouldBe(eventId);
        body.GetProperty("dfid").GetString().ShouldBe(dfid);
        body.GetProperty("is_encrypted").GetBoolean().ShouldBeTrue();
        body.GetProperty("visibility").GetString().ShouldBe("Private");
    }

    [Test]
    public async Task ShouldRejectAMalformedEventId()
    {
        var alice = await SignUpAsync();

        await (await alice.Client.GetAsync("/api/events/not-a-uuid")).ShouldBeValidationErrorAsync("event_id", "Invalid event ID");
        await (await alice.Client.PostAsJsonAsync("/api/events/not-a-uuid/metadata", new { a = 1 }))
            .ShouldBeValidationErrorAsync("event_id", "Invalid event ID");
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnUnknownEvent()
    {
        var alice = await SignUpAsync();

        await (await alice.Client.GetAsync($"/api/events/{Guid.NewGuid()}")).ShouldBeEventNotFoundAsync();
        await (await alice.Client.PostAsJsonAsync($"/api/events/{Guid.NewGuid()}/metadata", new { a = 1 }))
            .ShouldBeEventNotFoundAsync();
    }

    [Test]
    public async Task ShouldMergeMetadataAndRecomputeTheHash()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var eventId = await CreateEventAsync(alice, dfid, metadata: new { a = 1, b = 2 });

        var body = await (await alice.Client.PostAsJsonAsync($"/api/events/{eventId}/metadata", new { b = 3, c = new { d = 4 } }))
            .ShouldBeOkAsync();

        body.GetProperty("metadata").GetRawText().ShouldBe("""{"a":1,"b":3,"c":{"d":4}}""");
        var stored = await (await alice.Client.GetAsync($"/api/events/{eventId}")).ShouldBeOkAsync();
        stored.GetProperty("metadata").GetRawText().ShouldBe("""{"a":1,"b":3,"c":{"d":4}}""");

        // The new content is now the dedup key: posting it again finds this event, the old content does not.
        var again = await (await PostEventAsync(alice, dfid, metadata: new { c = new { d = 4 }, b = 3, a = 1 }))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);
        again.GetProperty("original_event_id").GetString().ShouldBe(eventId);
        await CreateEventAsync(alice, dfid, metadata: new { a = 1, b = 2 });
    }

    [Test]
    public async Task ShouldRejectMetadataThatMakesTheEventADuplicate()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var eventId = await CreateEventAsync(alice, dfid, metadata: new { a = 1 });
        await CreateEventAsync(alice, dfid, metadata: new { a = 1, b = 2 });

        await (await alice.Client.PostAsJsonAsync($"/api/events/{eventId}/metadata", new { b = 2 }))
            .ShouldBeErrorAsync(HttpStatusCode.Conflict, "duplicate_event", "An event with the same content already exists");
    }

    [TestCase("[1, 2]")]
    [TestCase("\"weight\"")]
    [TestCase("null")]
    public async Task ShouldRejectMetadataThatIsNotAJsonObject(string body)
    {
        var alice = await SignUpAsync();
        var eventId = await CreateEventAsync(alice, await CreateItemAsync(alice));

        var response = await alice.Client.PostAsync(
            $"/api/events/{eventId}/metadata", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationErrorAsync("metadata", "The request body must be a JSON object of metadata keys");
    }

    [Test]
    public async Task ShouldLetOnlyTheSourceChangeMetadata()
    {
        var alice = await SignUpAsync();
        var bob = await SignUpAsync();
        var eventId = await CreateEventAsync(alice, await CreateItemAsync(alice), metadata: new { a = 1 });

        await (await bob.Client.PostAsJsonAsync($"/api/events/{eventId}/metadata", new { a = 2 })).ShouldBeEventNotFoundAsync();

        var stored = await (await bob.Client.GetAsync($"/api/events/{eventId}")).ShouldBeOkAsync();
        stored.GetProperty("metadata").GetRawText().ShouldBe("""{"a":1}""");
    }

    [Test]
    public async Task ShouldLetAnAdminChangeTheMetadataOfAnEventTheyCanSee()
    {
        var alice = await SignUpAsync();
        var admin = await SignUpAsync();
        await MakeAdminAsync(admin.User);
        var eventId = await CreateEventAsync(alice, await CreateItemAsync(alice), metadata: new { a = 1 });

        var body = await (await admin.Client.PostAsJsonAsync($"/api/events/{eventId}/metadata", new { corrected = true }))
            .ShouldBeOkAsync();

        body.GetProperty("metadata").GetRawText().ShouldBe("""{"a":1,"corrected":true}""");
        body.GetProperty("source").GetString().ShouldBe(alice.Id, "a change does not make the admin its source");
    }

    [Test]
    public async Task ShouldNotLetAnAdminChangeAPrivateEventOfAnotherSource()
    {
        var alice = await SignUpAsync();
        var admin = await SignUpAsync();
        await MakeAdminAsync(admin.User);
        var eventId = await CreateEventAsync(alice, await CreateItemAsync(alice), "private", new { a = 1 });

        await (await admin.Client.PostAsJsonAsync($"/api/events/{eventId}/metadata", new { a = 2 })).ShouldBeEventNotFoundAsync();

        var stored = await (await alice.Client.GetAsync($"/api/events/{eventId}")).ShouldBeOkAsync();
        stored.GetProperty("metadata").GetRawText().ShouldBe("""{"a":1}""");
    }

    [Test]
    public async Task ShouldShowADirectEventToTheRecipientItsMetadataNowNames()
    {
        var (alice, bob, carol) = (await SignUpAsync(), await SignUpAsync(), await SignUpAsync());
        var eventId = await CreateEventAsync(alice, await CreateItemAsync(alice), "direct", new { recipient_id = bob.Id });
        (await ListIdsAsync(bob, "/api/events/visibility/direct")).ShouldBe([eventId]);

        await (await alice.Client.PostAsJsonAsync($"/api/events/{eventId}/metadata", new { recipient_id = carol.Id })).ShouldBeOkAsync();

        await (await bob.Client.GetAsync($"/api/events/{eventId}")).ShouldBeEventNotFoundAsync();
        (await ListIdsAsync(bob, "/api/events/visibility/direct")).ShouldBeEmpty();
        await (await carol.Client.GetAsync($"/api/events/{eventId}")).ShouldBeOkAsync();
        (await ListIdsAsync(carol, "/api/events/visibility/direct")).ShouldBe([eventId]);
    }

    [Test]
    public async Task ShouldShowACircuitOnlyEventToTheMembersOfTheCircuitItsMetadataNowNames()
    {
        var (alice, bob, carol) = (await SignUpAsync(), await SignUpAsync(), await SignUpAsync());
        var (first, second) = (await CreateCircuitIdAsync(alice.User), await CreateCircuitIdAsync(alice.User));
        await AddMemberAsync(alice.User, first, bob.User, "member");
        await AddMemberAsync(alice.User, second, carol.User, "member");
        var dfid = await CreateItemAsync(alice);
        var eventId = await CreateEventAsync(alice, dfid, "circuitonly", new { n = 1 });
        (await ListIdsAsync(bob, "/api/events/timeline")).ShouldBeEmpty("no circuit named yet");

        await (await alice.Client.PostAsJsonAsync($"/api/events/{eventId}/metadata", new { circuit_id = first })).ShouldBeOkAsync();
        (await ListIdsAsync(bob, "/api/events/timeline")).ShouldBe([eventId]);
        (await ListIdsAsync(carol, "/api/events/timeline")).ShouldBeEmpty();

        await (await alice.Client.PostAsJsonAsync($"/api/events/{eventId}/metadata", new { circuit_id = second })).ShouldBeOkAsync();
        (await ListIdsAsync(bob, "/api/events/timeline")).ShouldBeEmpty();
        (await ListIdsAsync(carol, "/api/events/timeline")).ShouldBe([eventId]);
        await (await carol.Client.GetAsync($"/api/events/{eventId}")).ShouldBeOkAsync();
    }
}
