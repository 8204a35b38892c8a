using System.Net;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Events;
using DeFarm.Application.Events.Commands.PushLocalEventToCircuit;

namespace DeFarm.Api.IntegrationTests.Events;

/// <summary>The push of a local event into a circuit (engines-api.md §3.5), through the mediator as the circuits feature will call it.</summary>
public sealed class PushLocalEventToCircuitTests : EventsTestBase
{
    [Test]
    public async Task ShouldRelabelTheLocalEventAsAnEventOfTheTarget()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var local = await CreateLocalAsync(alice, new { a = 1 });
        var circuit = Guid.NewGuid();

        var result = await PushAsync(alice, local, dfid, circuit);

        result.WasDeduplicated.ShouldBeFalse();
        result.WasMerged.ShouldBeFalse();
        result.OriginalEventId.ShouldBeNull();
        result.Event.EventId.ShouldBe(local.EventId);
        result.Event.Dfid.ShouldBe(dfid);
        await WithDatabaseAsync(async db =>
        {
            var stored = (await db.Events.FindAsync(local.EventId)).ShouldNotBeNull();
            stored.IsLocal.ShouldBeFalse();
            stored.PushedToCircuit.ShouldBe(circuit);
            stored.ContentHash.ShouldBe(stored.HashFor(dfid));
        });
        (await ListIdsAsync(alice, $"/api/events/item/{dfid}")).ShouldBe([local.EventId.ToString()]);
    }

    [Test]
    public async Task ShouldAnswerTheExistingTwinAndKeepTheLocalEvent()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var twin = await PushAsync(alice, await CreateLocalAsync(alice, new { a = 1 }), dfid, Guid.NewGuid());
        var local = await CreateLocalAsync(alice, new { a = 1 });

        var result = await PushAsync(alice, local, dfid, Guid.NewGuid());

        result.WasDeduplicated.ShouldBeTrue();
        result.OriginalEventId.ShouldBe(twin.Event.EventId);
        result.WasMerged.ShouldBeFalse();
        result.MergedKeys.ShouldBeEmpty();
        result.Event.Metadata.ToJsonString().ShouldBe("""{"a":1}""");
        await WithDatabaseAsync(async db =>
            (await db.Events.FindAsync(local.EventId)).ShouldNotBeNull().IsLocal.ShouldBeTrue());
    }

    [Test]
    public async Task ShouldNotBeAbleToPushAnotherUsersLocalEvent()
    {
        var alice = await SignUpAsync();
        var bob = await SignUpAsync();
        var local = await CreateLocalAsync(alice, new { a = 1 });

        var failure = await Should.ThrowAsync<NotFoundException>(
            PushAsync(bob, local, await CreateItemAsync(bob), Guid.NewGuid()));

        failure.Message.ShouldBe("Local event not found");
    }

    [Test]
    public async Task ShouldNotPushAnEventTwice()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var local = await CreateLocalAsync(alice, new { a = 1 });
        await PushAsync(alice, local, dfid, Guid.NewGuid());

        (await Should.ThrowAsync<ConflictException>(PushAsync(alice, local, dfid, Guid.NewGuid()))).Code.ShouldBe("event_not_local");
    }

    private static async Task<LocalEventResponse> CreateLocalAsync(EventActor actor, object metadata)
    {
        var body = await (await PostLocalEventAsync(actor, metadata: metadata)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        return new LocalEventResponse(
            Guid.Parse(body.GetProperty("event_id").GetString()!), Guid.Parse(body.GetProperty("local_event_id").GetString()!),
            body.GetProperty("event_type").GetString()!, 0, actor.Id, [], body.GetProperty("visibility").GetString()!, true);
    }

    private static Task<PushLocalEventResult> PushAsync(EventActor actor, LocalEventResponse local, string dfid, Guid circuit) =>
        SendAsAsync<PushLocalEventResult>(
            actor, new PushLocalEventToCircuitCommand { LocalEventId = local.LocalEventId, TargetDfid = dfid, CircuitId = circuit });
}
