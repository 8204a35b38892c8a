namespace DeFarm.Api.IntegrationTests.Events;

/// <summary>
/// <c>GET /api/events/item/:dfid</c> for everyone who may see the item by some other way than creating it: each
/// gets the item's events their own visibility allows, not the whole history of an item they can see.
/// </summary>
public sealed class ItemEventListVisibilityTests : EventsTestBase
{
    private EventActor _alice = null!;
    private string _dfid = null!;
    private string _holdingCircuit = null!;
    private string _public = null!;
    private string _alicesPrivate = null!;
    private string _forHoldingCircuit = null!;
    private string _forAnotherCircuit = null!;

    /// <summary>
    /// Alice's item, held and published by a public circuit of hers, with a Public event, a Private one, and a
    /// circuit-only event for that circuit and for another circuit of hers.
    /// </summary>
    [SetUp]
    public async Task CreateAnItemWithEventsOfEveryAudienceAsync()
    {
        _alice = await SignUpAsync();
        _dfid = await CreateItemAsync(_alice);
        _holdingCircuit = await CreateCircuitIdAsync(_alice.User);
        var anotherCircuit = await CreateCircuitIdAsync(_alice.User);
        await ArrangeCircuitItemAsync(_holdingCircuit, _dfid, _alice.Id);
        await PublishAsync(_alice.User, _holdingCircuit, _dfid);
        _public = await CreateEventAsync(_alice, _dfid, "public", new { n = 1 });
        _alicesPrivate = await CreateEventAsync(_alice, _dfid, "private", new { n = 2 });
        _forHoldingCircuit = await CreateEventAsync(_alice, _dfid, "circuitonly", new { circuit_id = _holdingCircuit });
        _forAnotherCircuit = await CreateEventAsync(_alice, _dfid, "circuitonly", new { circuit_id = anotherCircuit });
    }

    [Test]
    public async Task ShouldShowAShareRecipientTheirOwnPrivateEventButNotTheCreators()
    {
        var bob = await SignUpAsync();
        await ShareItemAsync(_alice.User, _dfid, bob.User);
        var bobsPrivate = await CreateEventAsync(bob, _dfid, "private", new { n = 3 });

        (await ListIdsAsync(bob, ItemEventsPath)).ShouldBe([_public, bobsPrivate], ignoreOrder: true);
        (await ListIdsAsync(_alice, ItemEventsPath)).ShouldBe(
            [_public, _alicesPrivate, _forHoldingCircuit, _forAnotherCircuit], ignoreOrder: true);
    }

    [Test]
    public async Task ShouldShowACircuitMemberTheCircuitOnlyEventsOfTheirCircuitOnly()
    {
        var carol = await SignUpAsync();
        await AddMemberAsync(_alice.User, _holdingCircuit, carol.User, "viewer");

        (await ListIdsAsync(carol, ItemEventsPath)).ShouldBe([_public, _forHoldingCircuit], ignoreOrder: true);
    }

    [Test]
    public async Task ShouldShowAViewerOfThePublishedItemItsPublicEventsOnly()
    {
        var stranger = await SignUpAsync();

        (await ListIdsAsync(stranger, ItemEventsPath)).ShouldBe([_public]);
    }

    [Test]
    public async Task ShouldShowAnAdminOnlyWhatTheirOwnVisibilityAllows()
    {
        var admin = await SignUpAsync();
        await MakeAdminAsync(admin.User);

        (await ListIdsAsync(admin, ItemEventsPath)).ShouldBe([_public], "seeing every item is not reading every event");
    }

    private string ItemEventsPath => $"/api/events/item/{_dfid}";
}
