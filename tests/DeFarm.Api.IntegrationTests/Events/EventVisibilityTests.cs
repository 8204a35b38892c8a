using DeFarm.Api.IntegrationTests.Auth;

namespace DeFarm.Api.IntegrationTests.Events;

/// <summary>
/// Decision 20 with three users: Alice (the source), Bob (the Direct recipient) and Carol (nobody special).
/// Circuits do not exist yet, so circuit-only events are seen by their source alone.
/// </summary>
public sealed class EventVisibilityTests : EventsTestBase
{
    private EventActor _alice = null!;
    private EventActor _bob = null!;
    private EventActor _carol = null!;
    private string _dfid = null!;
    private string _public = null!;
    private string _private = null!;
    private string _direct = null!;
    private string _circuitOnly = null!;

    [SetUp]
    public async Task CreateEventsOfEveryVisibilityAsync()
    {
        _alice = await SignUpAsync();
        _bob = await SignUpAsync();
        _carol = await SignUpAsync();
        _dfid = await CreateItemAsync(_alice);
        _public = await CreateEventAsync(_alice, _dfid, "public", new { n = 1 });
        _private = await CreateEventAsync(_alice, _dfid, "private", new { n = 2 });
        _direct = await CreateEventAsync(_alice, _dfid, "direct", new { recipient_id = _bob.Id });
        _circuitOnly = await CreateEventAsync(_alice, _dfid, "circuitonly", new { circuit_id = Guid.NewGuid().ToString() });
    }

    [Test]
    public async Task ShouldShowTheSourceEveryEvent()
    {
        foreach (var eventId in new[] { _public, _private, _direct, _circuitOnly })
        {
            await (await _alice.Client.GetAsync($"/api/events/{eventId}")).ShouldBeOkAsync();
        }

        (await ListIdsAsync(_alice, $"/api/events/item/{_dfid}")).ShouldBe([_public, _private, _direct, _circuitOnly], ignoreOrder: true);
        (await ListIdsAsync(_alice, "/api/events/type/Created")).Count.ShouldBe(4);
    }

    [Test]
    public async Task ShouldShowTheRecipientPublicAndDirectEventsOnly()
    {
        await (await _bob.Client.GetAsync($"/api/events/{_public}")).ShouldBeOkAsync();
        await (await _bob.Client.GetAsync($"/api/events/{_direct}")).ShouldBeOkAsync();
        await (await _bob.Client.GetAsync($"/api/events/{_private}")).ShouldBeEventNotFoundAsync();
        await (await _bob.Client.GetAsync($"/api/events/{_circuitOnly}")).ShouldBeEventNotFoundAsync();

        (await ListIdsAsync(_bob, "/api/events/type/Created")).ShouldBe([_public, _direct], ignoreOrder: true);
        (await ListIdsAsync(_bob, "/api/events/visibility/direct")).ShouldBe([_direct]);
        (await ListIdsAsync(_bob, "/api/events/timeline")).ShouldBe([_public, _direct], ignoreOrder: true);
    }

    [Test]
    public async Task ShouldShowAnyoneElsePublicEventsOnly()
    {
        await (await _carol.Client.GetAsync($"/api/events/{_public}")).ShouldBeOkAsync();
        foreach (var eventId in new[] { _private, _direct, _circuitOnly })
        {
            await (await _carol.Client.GetAsync($"/api/events/{eventId}")).ShouldBeEventNotFoundAsync();
        }

        (await ListIdsAsync(_carol, "/api/events/type/Created")).ShouldBe([_public]);
        (await ListIdsAsync(_carol, "/api/events/public")).ShouldBe([_public]);
        (await ListIdsAsync(_carol, "/api/events/private")).ShouldBeEmpty();
        (await ListIdsAsync(_carol, "/api/events/visibility/CircuitOnly")).ShouldBeEmpty();
        (await ListIdsAsync(_carol, "/api/events/timeline")).ShouldBe([_public]);
    }

    [Test]
    public async Task ShouldNotLeakHiddenEventsIntoPagesOfOthers()
    {
        (await ListIdsAsync(_carol, "/api/events/timeline?limit=1")).ShouldBe([_public]);
        (await ListIdsAsync(_carol, "/api/events/timeline?limit=1&offset=1")).ShouldBeEmpty();
    }
}
