using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class PendingItemQueriesContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldListUnresolvedPendingItemsHighestPriorityFirstThenOldestFirst()
    {
        var low = Pending("alice", PendingReason.DataQualityIssue, "enriched_data key 'x' has a null value", Now);
        var normalOld = Pending("alice", PendingReason.InvalidIdentifiers, "Invalid identifier: k:", Now);
        var normalNew = Pending("alice", PendingReason.InvalidIdentifiers, "Invalid identifier: k:", Now.AddMinutes(1));
        var critical = Pending("alice", PendingReason.ConflictingDfids, "on 2 items", Now.AddMinutes(2));
        await StoreAsync(low, normalNew, critical, normalOld);

        await using var read = BeginRequest();
        var listed = await read.PendingItemQueries.ListUnresolvedAsync(All, 10, 0, None);

        listed.Select(p => p.Id).ShouldBe([critical.Id, normalOld.Id, normalNew.Id, low.Id]);
        listed.Select(p => p.Priority).ShouldBe([4, 2, 2, 1]);
    }

    [Test]
    public async Task ShouldFilterByOwnerReasonAndMinimumPriority()
    {
        var alicesHigh = Pending("alice", PendingReason.NoIdentifiers, "no identifiers given", Now);
        var alicesNormal = Pending("alice", PendingReason.InvalidIdentifiers, "Invalid identifier: k:", Now);
        var bobs = Pending("bob", PendingReason.NoIdentifiers, "no identifiers given", Now);
        await StoreAsync(alicesHigh, alicesNormal, bobs);

        await using var read = BeginRequest();
        var alices = await read.PendingItemQueries.ListUnresolvedAsync(new PendingItemFilter("alice", null, null), 10, 0, None);
        var byReason = await read.PendingItemQueries.ListUnresolvedAsync(
            new PendingItemFilter(null, [PendingReason.NoIdentifiers], null), 10, 0, None);
        var noReason = await read.PendingItemQueries.ListUnresolvedAsync(new PendingItemFilter(null, [], null), 10, 0, None);
        var urgent = await read.PendingItemQueries.ListUnresolvedAsync(new PendingItemFilter("alice", null, 3), 10, 0, None);

        alices.Select(p => p.Id).ShouldBe([alicesHigh.Id, alicesNormal.Id]);
        byReason.Select(p => p.Id).ShouldBe([alicesHigh.Id, bobs.Id], ignoreOrder: true);
        noReason.ShouldBeEmpty();
        urgent.Select(p => p.Id).ShouldBe([alicesHigh.Id]);
    }

    [Test]
    public async Task ShouldPageInTheStore()
    {
        var items = Enumerable.Range(0, 5)
            .Select(i => Pending("alice", PendingReason.NoIdentifiers, "no identifiers given", Now.AddMinutes(i)))
            .ToArray();
        await StoreAsync(items);

        await using var read = BeginRequest();
        var page = await read.PendingItemQueries.ListUnresolvedAsync(All, 2, 1, None);

        page.Select(p => p.Id).ShouldBe([items[1].Id, items[2].Id]);
    }

    [Test]
    public async Task ShouldLeaveResolvedPendingItemsOutAndPersistTheirResolution()
    {
        var approved = Pending("alice", PendingReason.NoIdentifiers, "no identifiers given", Now);
        var rejected = Pending("alice", PendingReason.NoIdentifiers, "no identifiers given", Now);
        var open = Pending("alice", PendingReason.NoIdentifiers, "no identifiers given", Now);
        await StoreAsync(approved, rejected, open);
        await using (var write = BeginRequest())
        {
            (await write.PendingItems.GetByIdAsync(approved.Id, None)).ShouldNotBeNull()
                .Approve("DFID-20260314-000001-1234", Now.AddMinutes(1));
            (await write.PendingItems.GetByIdAsync(rejected.Id, None)).ShouldNotBeNull().Reject(Now.AddMinutes(1));
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        var listed = await read.PendingItemQueries.ListUnresolvedAsync(All, 10, 0, None);
        var loadedApproved = (await read.PendingItems.GetByIdAsync(approved.Id, None)).ShouldNotBeNull();
        var loadedRejected = (await read.PendingItems.GetByIdAsync(rejected.Id, None)).ShouldNotBeNull();

        listed.ShouldHaveSingleItem().Id.ShouldBe(open.Id);
        loadedApproved.Status.ShouldBe(PendingItemStatus.Approved);
        loadedApproved.ResolvedDfid.ShouldBe("DFID-20260314-000001-1234");
        loadedApproved.UpdatedAt.ShouldBe(Now.AddMinutes(1));
        loadedRejected.Status.ShouldBe(PendingItemStatus.Rejected);
        loadedRejected.ResolvedDfid.ShouldBeNull();
    }

    [Test]
    public async Task ShouldListCopiesWithTheirIdentifiersAndData()
    {
        var pending = new PendingItem(
            [Identifier.Contextual("generic", "tag", " ")], new System.Text.Json.Nodes.JsonObject { ["breed"] = "nelore" },
            Guid.NewGuid(), PendingReason.InvalidIdentifiers, "Invalid identifier: tag: ", "alice", "alice-workspace", Now);
        await StoreAsync(pending);

        await using var read = BeginRequest();
        var listed = (await read.PendingItemQueries.ListUnresolvedAsync(All, 10, 0, None)).ShouldHaveSingleItem();

        listed.ShouldNotBeSameAs(pending);
        listed.Identifiers.ShouldHaveSingleItem().Value.ShouldBe(" ");
        listed.EnrichedData.ShouldNotBeNull()["breed"]!.GetValue<string>().ShouldBe("nelore");
        listed.SourceEntry.ShouldBe(pending.SourceEntry);
        listed.CreatedAt.ShouldBe(Now);
    }

    private static readonly PendingItemFilter All = new(null, null, null);

    private static PendingItem Pending(string createdBy, PendingReason reason, string details, DateTimeOffset at) =>
        new([], null, Guid.NewGuid(), reason, details, createdBy, $"{createdBy}-workspace", at);

    private async Task StoreAsync(params PendingItem[] pendingItems)
    {
        await using var request = BeginRequest();
        foreach (var pending in pendingItems)
        {
            request.PendingItems.Add(pending);
        }

        await request.CommitAsync();
    }
}
