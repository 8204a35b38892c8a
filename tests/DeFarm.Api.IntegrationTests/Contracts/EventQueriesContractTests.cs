using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Events;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class EventQueriesContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    private const string Dfid = "DFID-20260314-000001-1A2B";
    private const string OtherDfid = "DFID-20260314-000002-1A2C";
    private static readonly EventViewer Alice = new("alice", []);
    private static readonly EventViewer Bob = new("bob", []);

    private int _stored;

    [Test]
    public async Task ShouldShowEachViewerOnlyTheEventsTheyMaySee()
    {
        var publicEvent = await StoreAsync("carol", EventVisibility.Public);
        var privateEvent = await StoreAsync("carol", EventVisibility.Private);
        var directToBob = await StoreAsync("carol", EventVisibility.Direct, """{"recipient_id":"bob"}""");
        var circuitEvent = await StoreAsync("carol", EventVisibility.CircuitOnly, """{"circuit_id":"c-1"}""");
        var localPublic = await StoreAsync("carol", EventVisibility.Public, local: true);

        (await ListIdsAsync(Alice)).ShouldBe([publicEvent]);
        (await ListIdsAsync(Bob)).ShouldBe([directToBob, publicEvent]);
        (await ListIdsAsync(new EventViewer("alice", ["c-1"]))).ShouldBe([circuitEvent, publicEvent]);
        (await ListIdsAsync(new EventViewer("carol", []))).ShouldBe(
            [localPublic, circuitEvent, directToBob, privateEvent, publicEvent]);
    }

    [Test]
    public async Task ShouldNotTreatANonTextRecipientAsAMatch()
    {
        await StoreAsync("carol", EventVisibility.Direct, """{"recipient_id":{"id":"bob"}}""");

        (await ListIdsAsync(Bob)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldPageNewestFirstAfterApplyingVisibility()
    {
        var oldest = await StoreAsync("alice", EventVisibility.Public);
        await StoreAsync("bob", EventVisibility.Private);
        var middle = await StoreAsync("alice", EventVisibility.Public);
        await StoreAsync("bob", EventVisibility.Private);
        var newest = await StoreAsync("alice", EventVisibility.Public);

        (await ListIdsAsync(Alice, limit: 2)).ShouldBe([newest, middle]);
        (await ListIdsAsync(Alice, limit: 2, offset: 2)).ShouldBe([oldest]);
    }

    [Test]
    public async Task ShouldFilterByDfidTypeVisibilityAndTime()
    {
        var first = await StoreAsync("alice", EventVisibility.Public);
        var second = await StoreAsync("alice", EventVisibility.Private, type: EventType.Updated);
        var third = await StoreAsync("alice", EventVisibility.Public, dfid: OtherDfid);

        (await ListIdsAsync(Alice, new EventFilter(Dfid: OtherDfid))).ShouldBe([third]);
        (await ListIdsAsync(Alice, new EventFilter(EventType: EventType.Updated))).ShouldBe([second]);
        (await ListIdsAsync(Alice, new EventFilter(Visibility: EventVisibility.Public))).ShouldBe([third, first]);
        (await ListIdsAsync(Alice, new EventFilter(From: Now.AddMinutes(2), To: Now.AddMinutes(2)))).ShouldBe([second]);
    }

    [Test]
    public async Task ShouldShowAnEventToWhomeverItsChangedMetadataNames()
    {
        var direct = await StoreAsync("carol", EventVisibility.Direct, """{"recipient_id":"bob"}""");
        var circuitOnly = await StoreAsync("carol", EventVisibility.CircuitOnly, """{"circuit_id":"c-1"}""");
        var inC1 = new EventViewer("dave", ["c-1"]);
        var inC2 = new EventViewer("erin", ["c-2"]);
        (await ListIdsAsync(Bob)).ShouldBe([direct]);
        (await ListIdsAsync(inC1)).ShouldBe([circuitOnly]);

        await using (var change = BeginRequest())
        {
            (await change.Events.GetByIdAsync(direct, None)).ShouldNotBeNull()
                .MergeMetadata(new JsonObject { ["recipient_id"] = "alice" });
            (await change.Events.GetByIdAsync(circuitOnly, None)).ShouldNotBeNull()
                .MergeMetadata(new JsonObject { ["circuit_id"] = "c-2" });
            await change.CommitAsync();
        }

        (await ListIdsAsync(Bob)).ShouldBeEmpty("the old recipient no longer sees it");
        (await ListIdsAsync(Alice)).ShouldBe([direct]);
        (await ListIdsAsync(inC1)).ShouldBeEmpty("members of the old circuit no longer see it");
        (await ListIdsAsync(inC2)).ShouldBe([circuitOnly]);
    }

    /// <summary>Stores an event one minute after the previous one, so the order is known.</summary>
    private async Task<Guid> StoreAsync(
        string source, EventVisibility visibility, string metadata = "{}", bool local = false,
        EventType type = EventType.Created, string dfid = Dfid)
    {
        var json = JsonNode.Parse(metadata)!.AsObject();
        json["n"] = ++_stored;
        var at = Now.AddMinutes(_stored);
        var @event = local
            ? Event.CreateLocal(type, visibility, source, json, at)
            : Event.Create(dfid, type, visibility, source, json, at);
        await using var write = BeginRequest();
        write.Events.Add(@event);
        await write.CommitAsync();
        return @event.EventId;
    }

    private async Task<List<Guid>> ListIdsAsync(
        EventViewer viewer, EventFilter? filter = null, int limit = 100, int offset = 0)
    {
        await using var read = BeginRequest();
        var page = await read.EventQueries.ListAsync(viewer, filter ?? new EventFilter(), limit, offset, None);
        return page.Select(e => e.EventId).ToList();
    }
}
