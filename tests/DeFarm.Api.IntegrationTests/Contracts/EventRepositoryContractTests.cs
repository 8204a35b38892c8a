using System.Text.Json.Nodes;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Events;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class EventRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    private const string Dfid = "DFID-20260314-000001-1A2B";

    [Test]
    public async Task ShouldStoreEveryFieldOfAnEvent()
    {
        var local = Event.CreateLocal(
            EventType.StatusChanged, EventVisibility.Private, "alice", Json("""{"a":{"b":[1,"x"]}}"""), Now);
        var circuit = Guid.NewGuid();
        local.PushToCircuit(Dfid, circuit);
        await StoreAsync(local);

        await using var read = BeginRequest();
        var loaded = (await read.Events.GetByIdAsync(local.EventId, None)).ShouldNotBeNull();

        loaded.Dfid.ShouldBe(Dfid);
        loaded.EventType.ShouldBe(EventType.StatusChanged);
        loaded.Visibility.ShouldBe(EventVisibility.Private);
        loaded.Timestamp.ShouldBe(Now);
        loaded.Source.ShouldBe("alice");
        loaded.Metadata.ToJsonString().ShouldBe("""{"a":{"b":[1,"x"]}}""");
        loaded.IsEncrypted.ShouldBeTrue();
        loaded.ContentHash.ShouldBe(local.ContentHash);
        loaded.LocalEventId.ShouldBe(local.LocalEventId);
        loaded.IsLocal.ShouldBeFalse();
        loaded.PushedToCircuit.ShouldBe(circuit);
    }

    [Test]
    public async Task ShouldFindAnEventByContentHashAndLocalId()
    {
        var local = Event.CreateLocal(EventType.Created, EventVisibility.Public, "alice", null, Now);
        await StoreAsync(local);

        await using var read = BeginRequest();

        (await read.Events.GetByContentHashAsync(local.ContentHash, None)).ShouldNotBeNull().EventId.ShouldBe(local.EventId);
        (await read.Events.GetByLocalIdAsync(local.LocalEventId!.Value, None)).ShouldNotBeNull().EventId.ShouldBe(local.EventId);
        (await read.Events.GetByContentHashAsync("unknown", None)).ShouldBeNull();
        (await read.Events.GetByLocalIdAsync(Guid.NewGuid(), None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldRejectASecondEventWithTheSameContentHash()
    {
        await StoreAsync(NewEvent("""{"a":1}"""));

        await using var write = BeginRequest();
        write.Events.Add(NewEvent("""{"a":1}"""));
        var conflict = await Should.ThrowAsync<ConflictException>(write.CommitAsync);

        conflict.Code.ShouldBe("duplicate_event");
    }

    [Test]
    public async Task ShouldRejectTwoEventsWithTheSameContentHashInOneCommit()
    {
        await using var write = BeginRequest();
        write.Events.Add(NewEvent("""{"a":1}"""));
        write.Events.Add(NewEvent("""{"a":1}"""));

        (await Should.ThrowAsync<ConflictException>(write.CommitAsync)).Code.ShouldBe("duplicate_event");
    }

    [Test]
    public async Task ShouldSaveMetadataChangesAndTheNewHash()
    {
        var @event = NewEvent("""{"a":1}""");
        await StoreAsync(@event);

        await using (var write = BeginRequest())
        {
            var tracked = (await write.Events.GetByIdAsync(@event.EventId, None)).ShouldNotBeNull();
            tracked.MergeMetadata(Json("""{"b":2}"""));
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        var loaded = (await read.Events.GetByIdAsync(@event.EventId, None)).ShouldNotBeNull();
        loaded.Metadata.ToJsonString().ShouldBe("""{"a":1,"b":2}""");
        loaded.ContentHash.ShouldBe(loaded.HashFor(Dfid));
        (await read.Events.GetByContentHashAsync(@event.ContentHash, None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldNotShowAnUncommittedEventToAnotherRequest()
    {
        await using var write = BeginRequest();
        var @event = NewEvent("""{"a":1}""");
        write.Events.Add(@event);

        await using var read = BeginRequest();
        (await read.Events.GetByIdAsync(@event.EventId, None)).ShouldBeNull();
    }

    private static Event NewEvent(string metadata) =>
        Event.Create(Dfid, EventType.Created, EventVisibility.Public, "alice", Json(metadata), Now);

    private static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();

    private async Task StoreAsync(Event @event)
    {
        await using var write = BeginRequest();
        write.Events.Add(@event);
        await write.CommitAsync();
    }
}
