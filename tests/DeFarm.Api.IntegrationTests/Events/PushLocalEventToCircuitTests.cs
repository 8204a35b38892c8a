using System.Net;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Events;
using DeFarm.Application.Events.Commands.PushLocalEventToCircuit;
using DeFarm.Domain.Common;

namespace DeFarm.Api.IntegrationTests.Events;

/// <summary>
/// The push of one local event into a circuit (engines-api.md §3.5), through the mediator: the command is a
/// public entry point, so it checks the circuit, the caller's Push permission and the target item itself.
/// </summary>
public sealed class PushLocalEventToCircuitTests : EventsTestBase
{
    [Test]
    public async Task ShouldRelabelTheLocalEventAsAnEventOfTheTarget()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var circuit = await CircuitHoldingAsync(alice, dfid);
        var local = await CreateLocalAsync(alice, new { a = 1 });

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
        var circuit = await CircuitHoldingAsync(alice, dfid);
        var twin = await PushAsync(alice, await CreateLocalAsync(alice, new { a = 1 }), dfid, circuit);
        var local = await CreateLocalAsync(alice, new { a = 1 });

        var result = await PushAsync(alice, local, dfid, circuit);

        result.WasDeduplicated.ShouldBeTrue();
        result.OriginalEventId.ShouldBe(twin.Event.EventId);
        result.WasMerged.ShouldBeFalse();
        result.MergedKeys.ShouldBeEmpty();
        result.Event.Metadata.ToJsonString().ShouldBe("""{"a":1}""");
        await ShouldStillBeLocalAsync(local);
    }

    [Test]
    public async Task ShouldNotBeAbleToPushAnotherUsersLocalEvent()
    {
        var alice = await SignUpAsync();
        var bob = await SignUpAsync();
        var local = await CreateLocalAsync(alice, new { a = 1 });
        var bobsItem = await CreateItemAsync(bob);

        var failure = await Should.ThrowAsync<NotFoundException>(
            PushAsync(bob, local, bobsItem, await CircuitHoldingAsync(bob, bobsItem)));

        failure.Message.ShouldBe("Local event not found");
        await ShouldStillBeLocalAsync(local);
    }

    [Test]
    public async Task ShouldNotPushAnEventTwice()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var circuit = await CircuitHoldingAsync(alice, dfid);
        var local = await CreateLocalAsync(alice, new { a = 1 });
        await PushAsync(alice, local, dfid, circuit);

        (await Should.ThrowAsync<ConflictException>(PushAsync(alice, local, dfid, circuit))).Code.ShouldBe("event_not_local");
    }

    [Test]
    public async Task ShouldRefuseAnUnknownCircuitAndStoreNothing()
    {
        var alice = await SignUpAsync();
        var dfid = await CreateItemAsync(alice);
        var local = await CreateLocalAsync(alice, new { a = 1 });

        await ShouldBeRefusedAsync<NotFoundException>(PushAsync(alice, local, dfid, Guid.NewGuid()), "circuit_not_found", local);
    }

    [Test]
    public async Task ShouldRefuseAMemberWithoutThePushPermissionAndStoreNothing()
    {
        var (alice, viewer) = (await SignUpAsync(), await SignUpAsync());
        var dfid = await CreateItemAsync(alice);
        var circuit = await CircuitHoldingAsync(alice, dfid);
        await AddMemberAsync(alice.User, circuit.ToString(), viewer.User, "viewer");
        var local = await CreateLocalAsync(viewer, new { a = 1 });

        await ShouldBeRefusedAsync<ForbiddenException>(PushAsync(viewer, local, dfid, circuit), "permission_denied", local);
    }

    [Test]
    public async Task ShouldRefuseATargetTheCircuitDoesNotHoldAndStoreNothing()
    {
        var (alice, bob) = (await SignUpAsync(), await SignUpAsync());
        var circuit = await CircuitHoldingAsync(alice, await CreateItemAsync(alice));
        var unseen = await CreateItemAsync(bob);
        var local = await CreateLocalAsync(alice, new { a = 1 });

        await ShouldBeRefusedAsync<NotFoundException>(PushAsync(alice, local, unseen, circuit), "item_not_in_circuit", local);
        await ShouldBeRefusedAsync<NotFoundException>(
            PushAsync(alice, local, "DFID-20260314-999999-1A2B", circuit), "item_not_in_circuit", local);
    }

    /// <summary>A circuit owned by <paramref name="owner"/> (who may push) holding <paramref name="dfid"/>.</summary>
    private static async Task<Guid> CircuitHoldingAsync(EventActor owner, string dfid)
    {
        var circuitId = await CreateCircuitIdAsync(owner.User);
        await ArrangeCircuitItemAsync(circuitId, dfid, owner.Id);
        return Guid.Parse(circuitId);
    }

    private static async Task ShouldBeRefusedAsync<TException>(Task push, string code, LocalEventResponse local)
        where TException : DeFarmException
    {
        var eventsBefore = await CountStoredEventsAsync();

        (await Should.ThrowAsync<TException>(push)).Code.ShouldBe(code);

        (await CountStoredEventsAsync()).ShouldBe(eventsBefore);
        await ShouldStillBeLocalAsync(local);
    }

    private static Task ShouldStillBeLocalAsync(LocalEventResponse local) =>
        WithDatabaseAsync(async db =>
        {
            var stored = (await db.Events.FindAsync(local.EventId)).ShouldNotBeNull();
            stored.IsLocal.ShouldBeTrue();
            stored.Dfid.ShouldBe($"LOCAL-EVENT-{local.LocalEventId}");
            stored.PushedToCircuit.ShouldBeNull();
        });

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
