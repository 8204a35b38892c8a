using DeFarm.Api.IntegrationTests.Auth;

namespace DeFarm.Api.IntegrationTests.Events;

/// <summary>
/// Decision 20 with four users: Alice (the source), Bob (the Direct recipient), Dave (a member of the circuit the
/// circuit-only event names) and Carol (nobody special). The circuit is a real one, owned by Alice.
/// </summary>
public sealed class EventVisibilityTests : EventsTestBase
{
    private EventActor _alice = null!;
    private EventActor _bob = null!;
    private EventActor _carol = null!;
    private EventActor _dave = null!;
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
        _dave = await SignUpAsync();
        var circuitId = await CreateCircuitIdAsync(_alice.User);
        await AddMemberAsync(_alice.User, circuitId, _dave.User, "member");
        _dfid = await CreateItemAsync(_alice);
        _public = await CreateEventAsync(_alice, _dfid, "public", new { n = 1 });
        _private = await CreateEventAsync(_alice, _dfid, "private", new { n = 2 });
        _direct = await CreateEventAsync(_alice, _dfid, "direct", new { recipient_id = _bob.Id });
        _circuitOnly = await CreateEventAsync(_alice, _dfid, "circuitonly", new { circuit_id = circuitId });
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
    public async Task ShouldListCircuitOnlyEventsForMembersOfTheirCircuit()
    {
        await (await _dave.Client.GetAsync($"/api/events/{_circuitOnly}")).ShouldBeOkAsync();
        await (await _dave.Client.GetAsync($"/api/events/{_private}")).ShouldBeEventNotFoundAsync();
        await (await _dave.Client.GetAsync($"/api/events/{_direct}")).ShouldBeEventNotFoundAsync();

        (await ListIdsAsync(_dave, "/api/events/type/Created")).ShouldBe([_public, _circuitOnly], ignoreOrder: true);
        (await ListIdsAsync(_dave, "/api/events/visibility/circuitonly")).ShouldBe([_circuitOnly]);
        (await ListIdsAsync(_dave, "/api/events/timeline")).ShouldBe([_public, _circuitOnly], ignoreOrder: true);
        (await ListIdsAsync(_dave, "/api/events/public")).ShouldBe([_public]);
        (await ListIdsAsync(_dave, "/api/events/private")).ShouldBeEmpty();
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
