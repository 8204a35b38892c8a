using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Events;

/// <summary>
/// Who may add to an item's history with <c>POST /api/events</c> (ADR-009): the creator, admins, users the item
/// was shared with and members with Push in a circuit holding it (for a local item, the users of its workspace).
/// Seeing an item because a public circuit publishes it, or as a circuit Viewer, is read access only.
/// </summary>
public sealed class RecordEventAccessTests : EventsTestBase
{
    [Test]
    public async Task ShouldLetTheCreatorAnAdminAShareRecipientAndACircuitMemberWithPushRecordEvents()
    {
        var alice = await SignUpAsync();
        var (admin, bob, carol) = (await SignUpAsync(), await SignUpAsync(), await SignUpAsync());
        await MakeAdminAsync(admin.User);
        var dfid = await CreateItemAsync(alice);
        await ShareItemAsync(alice.User, dfid, bob.User);
        var circuitId = await CreateCircuitIdAsync(alice.User);
        await AddMemberAsync(alice.User, circuitId, carol.User, "member");
        await ArrangeCircuitItemAsync(circuitId, dfid, alice.Id);

        foreach (var recorder in new[] { alice, admin, bob, carol })
        {
            var body = await (await PostEventAsync(recorder, dfid, metadata: new { by = recorder.Id }))
                .ShouldHaveStatusAsync(HttpStatusCode.Created);
            body.GetProperty("source").GetString().ShouldBe(recorder.Id);
        }

        (await CountStoredEventsAsync()).ShouldBe(4);
    }

    [Test]
    public async Task ShouldRefuseAnEventFromSomeoneWhoSeesTheItemOnlyBecauseItIsPublished()
    {
        var alice = await SignUpAsync();
        var stranger = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var circuitId = await CreateCircuitIdAsync(alice.User);
        await ArrangeCircuitItemAsync(circuitId, dfid, alice.Id);
        await PublishAsync(alice.User, circuitId, dfid);
        var history = await CreateEventAsync(alice, dfid, metadata: new { vaccine = "aftosa" });

        await (await PostEventAsync(stranger, dfid, metadata: new { vaccine = "none" })).ShouldBeErrorAsync(
            HttpStatusCode.Forbidden, "item_read_only",
            "Only the item's creator, an admin, a user it was shared with or a circuit member with push permission may record its events");

        (await CountStoredEventsAsync()).ShouldBe(1);
        (await ListIdsAsync(stranger, $"/api/events/item/{dfid}")).ShouldBe([history], "reading stays open");
    }

    [Test]
    public async Task ShouldRefuseAnEventFromACircuitViewerWhoMayOnlyRead()
    {
        var alice = await SignUpAsync();
        var viewer = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var circuitId = await CreateCircuitIdAsync(alice.User);
        await AddMemberAsync(alice.User, circuitId, viewer.User, "viewer");
        await ArrangeCircuitItemAsync(circuitId, dfid, alice.Id);
        var history = await CreateEventAsync(alice, dfid, metadata: new { weighed = true });

        await (await PostEventAsync(viewer, dfid, metadata: new { weighed = false }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "item_read_only");

        (await CountStoredEventsAsync()).ShouldBe(1);
        (await ListIdsAsync(viewer, $"/api/events/item/{dfid}")).ShouldBe([history], "the viewer still reads the history");
    }

    [Test]
    public async Task ShouldLetTheWorkspaceRecordEventsOnALocalItemButNoAdminOfAnotherWorkspace()
    {
        var farm = $"farm-{Guid.NewGuid():N}";
        var alice = await SignUpAsync(farm);
        var colleague = await SignUpAsync(farm);
        var otherAdmin = await SignUpAsync();
        await MakeAdminAsync(otherAdmin.User);
        var lid = "LID-" + await CreateLocalItemAsync(alice.User, null);

        await CreateEventAsync(colleague, lid, metadata: new { weighed = true });
        await (await PostEventAsync(otherAdmin, lid)).ShouldBeItemNotFoundAsync();

        (await CountStoredEventsAsync()).ShouldBe(1);
    }
}
