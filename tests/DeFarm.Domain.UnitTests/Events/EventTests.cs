using System.Text.Json.Nodes;
using DeFarm.Domain.Common;
using DeFarm.Domain.Events;

namespace DeFarm.Domain.UnitTests.Events;

public sealed class EventTests
{
    private const string Dfid = "DFID-20260314-000001-1A2B";
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Test]
    public void ShouldCreateAnEventWithItsContentHash()
    {
        var @event = Event.Create(Dfid, EventType.Created, EventVisibility.Public, "alice", Parse("""{"a":1}"""), Now);

        @event.EventId.ShouldNotBe(Guid.Empty);
        @event.Dfid.ShouldBe(Dfid);
        @event.Timestamp.ShouldBe(Now);
        @event.IsLocal.ShouldBeFalse();
        @event.LocalEventId.ShouldBeNull();
        @event.PushedToCircuit.ShouldBeNull();
        @event.IsEncrypted.ShouldBeFalse();
        @event.ContentHash.ShouldBe(EventContentHash.Compute(Dfid, EventType.Created, "alice", @event.Metadata));
    }

    [Test]
    public void ShouldFlagPrivateEventsAsEncrypted()
    {
        Event.Create(Dfid, EventType.Created, EventVisibility.Private, "alice", null, Now).IsEncrypted.ShouldBeTrue();
    }

    [Test]
    public void ShouldRejectAnEventWithoutDfid()
    {
        Should.Throw<BusinessRuleException>(() => Event.Create(" ", EventType.Created, EventVisibility.Public, "a", null, Now));
    }

    [Test]
    public void ShouldAddressALocalEventByItsLocalId()
    {
        var local = Event.CreateLocal(EventType.Updated, EventVisibility.Public, "alice", null, Now);

        local.IsLocal.ShouldBeTrue();
        local.LocalEventId.ShouldNotBeNull();
        local.Dfid.ShouldBe($"LOCAL-EVENT-{local.LocalEventId}");
        local.Metadata.ShouldBeEmpty();
    }

    [Test]
    public void ShouldMergeMetadataWithNewValuesWinningAndRecomputeTheHash()
    {
        var @event = Event.Create(Dfid, EventType.Created, EventVisibility.Public, "alice", Parse("""{"a":1,"b":2}"""), Now);
        var before = @event.ContentHash;

        @event.MergeMetadata(Parse("""{"b":3,"c":4}"""));

        @event.Metadata.ToJsonString().ShouldBe("""{"a":1,"b":3,"c":4}""");
        @event.ContentHash.ShouldNotBe(before);
        @event.ContentHash.ShouldBe(@event.HashFor(Dfid));
    }

    [Test]
    public void ShouldAddOnlyMissingMetadataKeys()
    {
        var @event = Event.Create(Dfid, EventType.Created, EventVisibility.Public, "alice", Parse("""{"a":1}"""), Now);

        var added = @event.AddMissingMetadata(Parse("""{"a":9,"b":2}"""));

        added.ShouldBe(["b"]);
        @event.Metadata.ToJsonString().ShouldBe("""{"a":1,"b":2}""");
        @event.ContentHash.ShouldBe(@event.HashFor(Dfid));
    }

    [Test]
    public void ShouldRelabelALocalEventWhenPushedToACircuit()
    {
        var local = Event.CreateLocal(EventType.Updated, EventVisibility.Public, "alice", Parse("""{"a":1}"""), Now);
        var circuit = Guid.NewGuid();
        var expectedHash = local.HashFor(Dfid);

        local.PushToCircuit(Dfid, circuit);

        local.Dfid.ShouldBe(Dfid);
        local.IsLocal.ShouldBeFalse();
        local.PushedToCircuit.ShouldBe(circuit);
        local.ContentHash.ShouldBe(expectedHash);
        Should.Throw<BusinessRuleException>(() => local.PushToCircuit(Dfid, circuit));
    }

    [Test]
    public void ShouldReadRecipientAndCircuitOnlyWhenTheyAreText()
    {
        var @event = Event.Create(
            Dfid, EventType.Created, EventVisibility.Direct, "alice", Parse("""{"recipient_id":"bob","circuit_id":7}"""), Now);

        @event.RecipientId.ShouldBe("bob");
        @event.CircuitId.ShouldBeNull();
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
