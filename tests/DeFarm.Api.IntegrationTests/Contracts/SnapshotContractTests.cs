using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Snapshots;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>Snapshots with their Merkle trees, leaves and verifications, and the snapshot reads, on both providers.</summary>
[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class SnapshotContractTests(PersistenceProvider provider) : RecordsContractTest(provider)
{
    private static readonly (string Key, string ContentHash)[] Captured =
        [("DFID-A", new string('a', 64)), ("DFID-B", new string('b', 64)), ("event:1", new string('c', 64))];

    [Test]
    public async Task ShouldStoreASnapshotWithItsWholeTreeAndReadItByIdOrTree()
    {
        var snapshot = Take("alice", SnapshotResourceType.Circuit, Guid.NewGuid().ToString(), Now);
        await StageAsync(r => r.Get<ISnapshotRepository>().Add(snapshot));

        await using var read = BeginRequest();
        var loaded = (await read.Get<ISnapshotRepository>().GetByIdAsync(snapshot.Id, None)).ShouldNotBeNull();
        (loaded.Name, loaded.SnapshotType, loaded.ResourceType, loaded.Description, loaded.CreatedBy, loaded.CreatedAt)
            .ShouldBe(("Weekly", "manual", SnapshotResourceType.Circuit, "d", "alice", Now));
        loaded.Tree.Leaves.Select(l => (l.Position, l.Key, l.ContentHash))
            .ShouldBe(Captured.Select((c, i) => (i, c.Key, c.ContentHash)));
        (loaded.Tree.RootHash, loaded.Checksum, loaded.Tree.Height, loaded.Tree.LeafCount)
            .ShouldBe((snapshot.Tree.RootHash, snapshot.Tree.RootHash, 2, 3));
        (await read.Get<ISnapshotRepository>().GetByTreeIdAsync(snapshot.Tree.Id, None)).ShouldNotBeNull().Id.ShouldBe(snapshot.Id);
        (await read.Get<ISnapshotRepository>().GetByIdAsync(Guid.NewGuid(), None)).ShouldBeNull();
        var queries = read.Get<ISnapshotQueries>();
        (await queries.FindAsync(snapshot.Id, None)).ShouldBe(SnapshotSummary.From(snapshot));
        (await queries.FindByTreeIdAsync(snapshot.Tree.Id, None)).ShouldBe(SnapshotSummary.From(snapshot));
        (await queries.FindByTreeIdAsync(Guid.NewGuid(), None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldKeepVerificationsNewestFirstAndRemoveThemWithTheSnapshot()
    {
        var snapshot = Take("alice", SnapshotResourceType.Item, "DFID-A", Now);
        await StageAsync(r => r.Get<ISnapshotRepository>().Add(snapshot));
        foreach (var minute in new[] { 1, 2 })
        {
            await using var verify = BeginRequest();
            var tracked = (await verify.Get<ISnapshotRepository>().GetByTreeIdAsync(snapshot.Tree.Id, None))!;
            tracked.Tree.Verify("bob", Now.AddMinutes(minute));
            if (minute == 2)
            {
                tracked.Archive(Now.AddMinutes(minute));
            }

            await verify.CommitAsync();
        }

        await using (var read = BeginRequest())
        {
            var verifications = await read.Get<ISnapshotQueries>().ListVerificationsAsync(snapshot.Tree.Id, 10, None);
            verifications.Select(v => (v.CreatedAt, v.IsValid, v.VerifiedBy, v.TreeId))
                .ShouldBe([(Now.AddMinutes(2), true, "bob", snapshot.Tree.Id), (Now.AddMinutes(1), true, "bob", snapshot.Tree.Id)]);
            verifications[0].ComputedRoot.ShouldBe(snapshot.Tree.RootHash);
            (await read.Get<ISnapshotQueries>().ListVerificationsAsync(snapshot.Tree.Id, 1, None)).ShouldHaveSingleItem();
            (await read.Get<ISnapshotQueries>().FindAsync(snapshot.Id, None))!.IsArchived.ShouldBeTrue();
        }

        await using (var remove = BeginRequest())
        {
            var snapshots = remove.Get<ISnapshotRepository>();
            snapshots.Remove((await snapshots.GetByIdAsync(snapshot.Id, None))!);
            await remove.CommitAsync();
        }

        await using var after = BeginRequest();
        (await after.Get<ISnapshotQueries>().FindAsync(snapshot.Id, None)).ShouldBeNull();
        (await after.Get<ISnapshotQueries>().ListVerificationsAsync(snapshot.Tree.Id, 10, None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldListSnapshotsOfMemberCircuitsAndVisibleItemsNewestFirst()
    {
        var alices = await StoreItemAsync("alice");
        var bobs = await StoreItemAsync("bob");
        var aliceCircuit = Guid.NewGuid().ToString();
        var otherCircuit = Guid.NewGuid().ToString();
        var ofAliceCircuit = Take("alice", SnapshotResourceType.Circuit, aliceCircuit, Now);
        var ofOtherCircuit = Take("bob", SnapshotResourceType.Circuit, otherCircuit, Now.AddMinutes(1));
        var ofAliceItem = Take("alice", SnapshotResourceType.Item, alices.Dfid, Now.AddMinutes(2));
        var ofBobItem = Take("bob", SnapshotResourceType.Item, bobs.Dfid, Now.AddMinutes(3));
        await StageAsync(r =>
        {
            foreach (var snapshot in new[] { ofAliceCircuit, ofOtherCircuit, ofAliceItem, ofBobItem })
            {
                r.Get<ISnapshotRepository>().Add(snapshot);
            }
        });

        await using var read = BeginRequest();
        var queries = read.Get<ISnapshotQueries>();
        var alice = new ItemViewer("alice", null, IsAdmin: false);
        (await queries.ListVisibleAsync(alice, [aliceCircuit], 10, None)).Select(s => s.Id)
            .ShouldBe([ofAliceItem.Id, ofAliceCircuit.Id]);
        (await queries.ListVisibleAsync(alice, [aliceCircuit], 1, None)).ShouldHaveSingleItem().Id.ShouldBe(ofAliceItem.Id);
        (await queries.ListVisibleAsync(new ItemViewer("admin", null, IsAdmin: true), [], 10, None)).Select(s => s.Id)
            .ShouldBe([ofBobItem.Id, ofAliceItem.Id]);
        (await queries.ListVisibleAsync(new ItemViewer("carol", null, IsAdmin: false), [], 10, None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldListTheItemsACircuitHoldsByDfid()
    {
        var first = await StoreItemAsync("alice");
        var second = await StoreItemAsync("alice");
        await StoreItemAsync("alice");
        var circuit = await StoreCircuitAsync("alice", second, first);

        await using var read = BeginRequest();
        var queries = read.Get<ISnapshotQueries>();
        (await queries.ListCircuitItemsAsync(circuit.Id, 10, None)).Select(i => i.Dfid)
            .ShouldBe(new[] { first.Dfid, second.Dfid }.Order(StringComparer.Ordinal));
        (await queries.ListCircuitItemsAsync(circuit.Id, 1, None)).ShouldHaveSingleItem();
        (await queries.ListCircuitItemsAsync(Guid.NewGuid(), 10, None)).ShouldBeEmpty();
    }

    private static Snapshot Take(string createdBy, SnapshotResourceType type, string resourceId, DateTimeOffset at) =>
        Snapshot.Take("Weekly", "manual", type, resourceId, "d", createdBy, Captured, at);
}
