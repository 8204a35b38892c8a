using System.Text.Json.Nodes;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>Circuit items, operations, activities and the membership port, on both providers.</summary>
[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class CircuitRecordsContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    private static long _sequence;

    [Test]
    public async Task ShouldListCircuitItemsNewestFirstAndRefuseASecondCopy()
    {
        var circuit = await StoreCircuitAsync(Circuit.Create("c", "d", "alice", Now));
        var older = await StoreItemAsync("alice");
        var newer = await StoreItemAsync("alice");
        await StoreAsync(r => r.Get<ICircuitItemRepository>().Add(CircuitItem.Add(circuit.Id, older.Dfid, "alice", Now)));
        await StoreAsync(r => r.Get<ICircuitItemRepository>().Add(CircuitItem.Add(circuit.Id, newer.Dfid, "bob", Now.AddMinutes(1))));

        await using (var twice = BeginRequest())
        {
            twice.Get<ICircuitItemRepository>().Add(CircuitItem.Add(circuit.Id, older.Dfid, "carol", Now));
            await Should.ThrowAsync<ConcurrentUpdateException>(twice.CommitAsync);
        }

        await using (var pull = BeginRequest())
        {
            var circuitItems = pull.Get<ICircuitItemRepository>();
            (await circuitItems.GetAsync(circuit.Id, "DFID-NOPE", None)).ShouldBeNull();
            circuitItems.Remove((await circuitItems.GetAsync(circuit.Id, newer.Dfid, None)).ShouldNotBeNull());
            await pull.CommitAsync();
        }

        await StoreAsync(r => r.Get<ICircuitItemRepository>().Add(CircuitItem.Add(circuit.Id, newer.Dfid, "bob", Now.AddMinutes(1))));

        await using var read = BeginRequest();
        var items = read.Get<ICircuitItemRepository>();
        var listed = await items.ListAsync(circuit.Id, 10, 0, None);
        listed.Select(i => (i.Dfid, i.PushedBy, i.PushedAt)).ShouldBe(
            [(newer.Dfid, "bob", Now.AddMinutes(1)), (older.Dfid, "alice", Now)]);
        listed[0].Permissions.ShouldBe(["read", "verify"]);
        (await items.ListAsync(circuit.Id, 1, 1, None)).ShouldHaveSingleItem().Dfid.ShouldBe(older.Dfid);
        (await items.FindHeldAsync(circuit.Id, [older.Dfid, "DFID-NOPE"], None)).ShouldBe([older.Dfid]);
        (await items.ListAsync(Guid.NewGuid(), 10, 0, None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldListOperationsByTypeAndStatusNewestFirst()
    {
        var circuit = await StoreCircuitAsync(Circuit.Create("c", "d", "alice", Now));
        var push = CircuitOperation.Start(circuit.Id, "DFID-1", CircuitOperationType.Push, "alice", requiresApproval: true, Now);
        var pull = CircuitOperation.Start(circuit.Id, "DFID-1", CircuitOperationType.Pull, "bob", requiresApproval: false, Now.AddMinutes(1));
        await StoreAsync(r =>
        {
            r.Get<ICircuitOperationRepository>().Add(push);
            r.Get<ICircuitOperationRepository>().Add(pull);
        });

        await using var read = BeginRequest();
        var operations = read.Get<ICircuitOperationRepository>();
        (await operations.ListAsync(circuit.Id, null, null, 10, 0, None)).Select(o => o.OperationId).ShouldBe([pull.OperationId, push.OperationId]);
        var pending = (await operations.ListAsync(circuit.Id, CircuitOperationType.Push, CircuitOperationStatus.Pending, 10, 0, None))
            .ShouldHaveSingleItem();
        (pending.OperationId, pending.Dfid, pending.RequesterId, pending.Timestamp, pending.Status)
            .ShouldBe((push.OperationId, "DFID-1", "alice", Now, CircuitOperationStatus.Pending));
        pending.Metadata.ShouldBeEmpty();
        (await operations.ListAsync(circuit.Id, CircuitOperationType.Pull, CircuitOperationStatus.Pending, 10, 0, None)).ShouldBeEmpty();
        pull.Status.ShouldBe(CircuitOperationStatus.Completed);
    }

    [Test]
    public async Task ShouldStoreADecisionOnATrackedOperation()
    {
        var circuit = await StoreCircuitAsync(Circuit.Create("c", "d", "alice", Now));
        var push = CircuitOperation.Start(
            circuit.Id, "DFID-1", CircuitOperationType.Push, "bob", requiresApproval: true, Now, new JsonObject { ["local_id"] = "x" });
        await StoreAsync(r => r.Get<ICircuitOperationRepository>().Add(push));

        await using (var decide = BeginRequest())
        {
            var tracked = (await decide.Get<ICircuitOperationRepository>().GetByIdAsync(push.OperationId, None)).ShouldNotBeNull();
            tracked.Reject("alice", "blurry", Now.AddMinutes(1));
            await decide.CommitAsync();
        }

        await using var read = BeginRequest();
        var operations = read.Get<ICircuitOperationRepository>();
        (await operations.GetByIdAsync(Guid.NewGuid(), None)).ShouldBeNull();
        var stored = (await operations.GetByIdAsync(push.OperationId, None)).ShouldNotBeNull();
        stored.Status.ShouldBe(CircuitOperationStatus.Rejected);
        new[] { "local_id", "rejection_reason", "rejected_by", "rejected_at" }
            .Select(key => stored.Metadata[key]!.GetValue<string>())
            .ShouldBe(["x", "blurry", "alice", "2026-03-14T09:27:53Z"]);
    }

    [Test]
    public async Task ShouldListActivitiesNewestFirstWithEveryField()
    {
        var circuit = await StoreCircuitAsync(Circuit.Create("Bovine", "d", "alice", Now));
        var first = CircuitActivity.Record(CircuitActivityType.Push, circuit, ["DFID-1", "DFID-2"], "alice", CircuitActivityStatus.Partial, 1, "one failed", Now);
        var second = CircuitActivity.Record(CircuitActivityType.Pull, circuit, ["DFID-1"], "bob", CircuitActivityStatus.Success, null, null, Now.AddMinutes(1));
        await StoreAsync(r =>
        {
            r.Get<ICircuitActivityRepository>().Add(first);
            r.Get<ICircuitActivityRepository>().Add(second);
        });

        await using var read = BeginRequest();
        var listed = await read.Get<ICircuitActivityRepository>().ListAsync(circuit.Id, 10, 0, None);

        listed.Select(a => a.ActivityId).ShouldBe([second.ActivityId, first.ActivityId]);
        var loaded = listed[1];
        loaded.ActivityId.ShouldStartWith("ACTIVITY-20260314092653-");
        (loaded.ActivityType, loaded.CircuitName, loaded.UserId, loaded.Status, loaded.ItemsAffected, loaded.EnrichmentsMade, loaded.ErrorMessage)
            .ShouldBe((CircuitActivityType.Push, "Bovine", "alice", CircuitActivityStatus.Partial, 2, (int?)1, "one failed"));
        loaded.ItemDfids.ShouldBe(["DFID-1", "DFID-2"]);
    }

    [Test]
    public async Task ShouldGrantItemsToMembersOfHoldingCircuitsAndToEveryonePublishedItems()
    {
        var held = await StoreItemAsync("alice");
        var published = await StoreItemAsync("alice");
        var unrelated = await StoreItemAsync("alice");
        var privateCircuit = Circuit.Create("private", "d", "alice", Now);
        privateCircuit.AddMember("bob", MemberRole.Viewer, "alice", Now);
        privateCircuit.AddMember("dave", MemberRole.Member, "alice", Now);
        var publicCircuit = Circuit.Create("public", "d", "alice", Now);
        await StoreCircuitAsync(privateCircuit);
        await StoreCircuitAsync(publicCircuit);
        await StoreAsync(r =>
        {
            r.Get<ICircuitItemRepository>().Add(CircuitItem.Add(privateCircuit.Id, held.Dfid, "alice", Now));
            r.Get<ICircuitItemRepository>().Add(CircuitItem.Add(publicCircuit.Id, published.Dfid, "alice", Now));
        });
        await using (var publish = BeginRequest())
        {
            var circuit = (await publish.Get<ICircuitRepository>().GetByIdAsync(publicCircuit.Id, None))!;
            circuit.ReplacePublicSettings(
                new PublicProfile(PublicAccessMode.Public), null, [published.Dfid], new HashSet<string> { published.Dfid }, Now);
            await publish.CommitAsync();
        }

        await using var read = BeginRequest();
        var membership = read.Get<ICircuitMembership>();
        (await membership.CircuitIdsOfAsync("bob", None)).ShouldBe([privateCircuit.Id.ToString()]);
        (await membership.CircuitIdsOfAsync("alice", None)).Count.ShouldBe(2);
        (await membership.GrantsItemAsync(held.Dfid, "bob", None)).ShouldBeTrue();
        (await membership.GrantsItemAsync(held.Dfid, "carol", None)).ShouldBeFalse();
        (await membership.GrantsItemAsync(published.Dfid, "carol", None)).ShouldBeTrue();
        (await membership.GrantsItemAsync(unrelated.Dfid, "bob", None)).ShouldBeFalse();
        (await membership.GrantsPushOnItemAsync(held.Dfid, "bob", None)).ShouldBeFalse("a viewer may only pull");
        (await membership.GrantsPushOnItemAsync(held.Dfid, "dave", None)).ShouldBeTrue("a member may push");
        (await membership.GrantsPushOnItemAsync(published.Dfid, "carol", None)).ShouldBeFalse("publication is not membership");
        (await membership.GrantsPushOnItemAsync(published.Dfid, "alice", None)).ShouldBeTrue("the owner may push");
        (await membership.GrantsPushOnItemAsync(held.Dfid, "carol", None)).ShouldBeFalse();
        (await read.Get<IItemPublication>().IsPublishedAsync(published.Dfid, None)).ShouldBeTrue();
        (await read.Get<IItemPublication>().IsPublishedAsync(held.Dfid, None)).ShouldBeFalse("held by a private circuit");
        var bobs = await read.ItemQueries.ListAsync(new ItemViewer("bob", "bob-workspace", false), new ItemFilter(null, null, null), 10, 0, None);
        bobs.Select(i => i.Dfid).ShouldBe([held.Dfid, published.Dfid], ignoreOrder: true);
        (await read.ItemQueries.GetStatisticsAsync(new ItemViewer("carol", null, false), None)).Total.ShouldBe(1);
    }

    private async Task<Circuit> StoreCircuitAsync(Circuit circuit)
    {
        await StoreAsync(r => r.Get<ICircuitRepository>().Add(circuit));
        return circuit;
    }

    private async Task<Item> StoreItemAsync(string createdBy)
    {
        var item = ContractItems.New(Interlocked.Increment(ref _sequence), createdBy, Now);
        await StoreAsync(r => r.Items.Add(item));
        return item;
    }

    private async Task StoreAsync(Action<RequestScope> stage)
    {
        await using var request = BeginRequest();
        stage(request);
        await request.CommitAsync();
    }
}
