using System.Text.Json;
using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class ItemQueriesContractTests(PersistenceProvider provider) : ItemContractTest(provider)
{
    private const string SharedWorkspace = "farm-workspace";
    private static readonly ItemViewer Alice = new("alice", SharedWorkspace, IsAdmin: false);
    private static readonly ItemViewer Admin = new("hen", "hen-workspace", IsAdmin: true);
    private static readonly ItemFilter NoFilter = new(null, null, null);

    [Test]
    public async Task ShouldListOwnItemsAndLocalItemsOfTheViewersWorkspace()
    {
        var own = ContractItems.New(1, "alice", Now, SharedWorkspace);
        var othersInSameWorkspace = ContractItems.New(2, "bob", Now.AddMinutes(1), SharedWorkspace);
        var othersLocalInSameWorkspace = ContractItems.NewLocal("bob", Now.AddMinutes(2), SharedWorkspace);
        var othersLocalElsewhere = ContractItems.NewLocal("carol", Now.AddMinutes(3), "carol-workspace");
        var ownLocal = ContractItems.NewLocal("alice", Now.AddMinutes(4), SharedWorkspace);
        await StoreAsync(own, othersInSameWorkspace, othersLocalInSameWorkspace, othersLocalElsewhere, ownLocal);

        (await ListAsync(Alice)).ShouldBe([own.Dfid, othersLocalInSameWorkspace.Dfid, ownLocal.Dfid]);
        (await ListAsync(new ItemViewer("dave", null, false))).ShouldBeEmpty();
        (await ListAsync(Admin)).ShouldBe(
            [own.Dfid, othersInSameWorkspace.Dfid], "admins see every DFID item, but only their own workspace's local items");
        (await ListAsync(Admin with { WorkspaceId = SharedWorkspace })).ShouldBe(
            [own.Dfid, othersInSameWorkspace.Dfid, othersLocalInSameWorkspace.Dfid, ownLocal.Dfid]);
    }

    [Test]
    public async Task ShouldGetAnItemOnlyForUsersWhoMaySeeIt()
    {
        var alice = await StoreAccountAsync("alice", SharedWorkspace);
        var bob = await StoreAccountAsync("bob", SharedWorkspace);
        var carol = await StoreAccountAsync("carol", "carol-workspace");
        var hen = await StoreAccountAsync("hen", "hen-workspace", isAdmin: true);
        var own = ContractItems.New(1, alice.Id, Now, SharedWorkspace);
        var sharedWithCarol = ContractItems.New(2, alice.Id, Now, SharedWorkspace);
        var local = ContractItems.NewLocal(alice.Id, Now, SharedWorkspace);
        await StoreAsync(own, sharedWithCarol, local);
        await using (var write = BeginRequest())
        {
            write.ItemShares.Add(ItemShare.Create(sharedWithCarol.Dfid, alice.Id, carol.Id, null, Now));
            await write.CommitAsync();
        }

        (await GetVisibleAsync(alice.Id, own.Dfid)).ShouldNotBeNull().Dfid.ShouldBe(own.Dfid);
        (await GetVisibleAsync(bob.Id, own.Dfid)).ShouldBeNull("a DFID item is not visible to the creator's workspace");
        (await GetVisibleAsync(bob.Id, local.Dfid)).ShouldNotBeNull("a local item is visible in its workspace");
        (await GetVisibleAsync(carol.Id, local.Dfid)).ShouldBeNull("a local item is not visible outside its workspace");
        (await GetVisibleAsync(carol.Id, sharedWithCarol.Dfid)).ShouldNotBeNull();
        (await GetVisibleAsync(carol.Id, own.Dfid)).ShouldBeNull();
        (await GetVisibleAsync(hen.Id, own.Dfid)).ShouldNotBeNull("admins see every DFID item");
        (await GetVisibleAsync(hen.Id, local.Dfid)).ShouldBeNull("admins see local items of their own workspace only");
        (await GetVisibleAsync("deleted-user", own.Dfid)).ShouldBeNull();
        (await GetVisibleAsync(alice.Id, "DFID-20260314-999999-0")).ShouldBeNull();
    }

    [Test]
    public async Task ShouldGetTheWholeItemWithItsIdentifiersAndSourceEntries()
    {
        var alice = await StoreAccountAsync("alice", SharedWorkspace);
        var item = ContractItems.New(
            1, alice.Id, Now, SharedWorkspace, new JsonObject { ["breed"] = "Nelore" }, Identifier.Contextual("bovino", "lote", "L-1"), Identifier.Canonical("bovino", "sisbov", "BR123456789012"));
        await StoreAsync(item);

        var read = (await GetVisibleAsync(alice.Id, item.Dfid)).ShouldNotBeNull();

        read.Identifiers.ShouldBe(item.Identifiers);
        read.SourceEntries.ShouldBe(item.SourceEntries);
        read.EnrichedData.ToJsonString().ShouldBe(item.EnrichedData.ToJsonString());
    }

    /// <summary>
    /// The item route's read model is written apart from the aggregate's (ADR-021): it must find exactly what
    /// <see cref="IItemQueries.GetVisibleAsync"/> finds, for every kind of viewer and grant, and answer it as
    /// <see cref="ItemResponse.From"/> renders it, field by field.
    /// </summary>
    [Test]
    public async Task ShouldReadTheRouteResponseOfExactlyTheItemsGetVisibleFinds()
    {
        var alice = await StoreAccountAsync("alice", SharedWorkspace);
        var carol = await StoreAccountAsync("carol", "carol-workspace");
        var viewers = new[]
        {
            alice.Id, (await StoreAccountAsync("bob", SharedWorkspace)).Id, carol.Id,
            (await StoreAccountAsync("dave", "dave-workspace")).Id,
            (await StoreAccountAsync("hen", "hen-workspace", isAdmin: true)).Id, "deleted-user",
        };
        var detailed = ContractItems.New(
            1, alice.Id, Now, SharedWorkspace, new JsonObject { ["breed"] = "Nelore", ["weight"] = new JsonObject { ["kg"] = 410 } },
            Identifier.Canonical("bovino", "sisbov", "BR123456789012", verified: true, verificationDate: Now),
            Identifier.Contextual("bovino", "lote", "L-1", "farm-7"), Identifier.Contextual("generic", "tag", "T-1"));
        detailed.Enrich(new JsonObject { ["vaccinated"] = true }, null, Guid.NewGuid(), Now.AddMinutes(1));
        var deprecated = ContractItems.New(2, alice.Id, Now, SharedWorkspace);
        deprecated.Deprecate(Now.AddMinutes(2));
        var (shared, held, published, scheduled, opened) = (
            ContractItems.New(3, alice.Id, Now), ContractItems.New(4, alice.Id, Now), ContractItems.New(5, alice.Id, Now),
            ContractItems.New(6, alice.Id, Now), ContractItems.New(7, alice.Id, Now));
        var master = ContractItems.NewLocal(alice.Id, Now, SharedWorkspace);
        var merged = ContractItems.NewLocal(alice.Id, Now, SharedWorkspace, Identifier.Contextual("generic", "tag", "M-1"));
        master.MergeLocal([merged], MergeStrategy.Append, Now.AddMinutes(3));
        var items = new[] { detailed, deprecated, shared, held, published, scheduled, opened, master, merged };
        await StoreAsync(items);
        await ArrangeGrantsAsync(alice.Id, carol.Id, shared, held, published, scheduled, opened);

        foreach (var viewer in viewers)
        {
            foreach (var dfid in items.Select(i => i.Dfid).Append("DFID-20260314-999999-0"))
            {
                var expected = await GetVisibleAsync(viewer, dfid) is { } item ? ItemResponse.From(item) : null;
                Json(await ReadVisibleAsync(viewer, dfid)).ShouldBe(Json(expected), $"{viewer} reading {dfid}");
            }
        }

        (await ReadVisibleAsync(carol.Id, shared.Dfid)).ShouldNotBeNull("shared with carol");
        (await ReadVisibleAsync(carol.Id, held.Dfid)).ShouldNotBeNull("held by a circuit carol belongs to");
        (await ReadVisibleAsync("dave", published.Dfid)).ShouldNotBeNull("published by a public circuit");
        (await ReadVisibleAsync("dave", held.Dfid)).ShouldBeNull("held by a circuit dave is not in");
        (await ReadVisibleAsync("dave", scheduled.Dfid)).ShouldBeNull("its circuit opens later");
        (await ReadVisibleAsync("dave", opened.Dfid)).ShouldNotBeNull("its circuit's scheduled opening has passed");
        (await ReadVisibleAsync("bob", merged.Dfid)).ShouldNotBeNull().Status.ShouldBe($"MergedInto(\"{master.LocalId}\")");
    }

    [Test]
    public async Task ShouldFilterByIdentifierKeyValueAndStatus()
    {
        var tagA = ContractItems.New(1, "alice", Now, identifiers: Identifier.Contextual("generic", "tag", "A"));
        var tagB = ContractItems.New(2, "alice", Now.AddMinutes(1), identifiers: Identifier.Contextual("bovino", "tag", "B"));
        var lotA = ContractItems.New(3, "alice", Now.AddMinutes(2), identifiers: Identifier.Contextual("generic", "lote", "A"));
        tagB.Deprecate(Now.AddMinutes(3));
        await StoreAsync(tagA, tagB, lotA);

        (await ListAsync(Alice, new ItemFilter("tag", null, null))).ShouldBe([tagA.Dfid, tagB.Dfid]);
        (await ListAsync(Alice, new ItemFilter("tag", "B", null))).ShouldBe([tagB.Dfid]);
        (await ListAsync(Alice, new ItemFilter("lote", "B", null))).ShouldBeEmpty();
        (await ListAsync(Alice, new ItemFilter(null, "A", null))).Count.ShouldBe(3, "a value without a key is ignored");
        (await ListAsync(Alice, new ItemFilter(null, null, ItemStatus.Deprecated))).ShouldBe([tagB.Dfid]);
        (await ListAsync(Alice, new ItemFilter("tag", null, ItemStatus.Active))).ShouldBe([tagA.Dfid]);
    }

    [Test]
    public async Task ShouldPageOldestFirstThenByDfid()
    {
        var third = ContractItems.New(3, "alice", Now.AddMinutes(1));
        var second = ContractItems.New(2, "alice", Now);
        var fourth = ContractItems.New(4, "alice", Now.AddMinutes(2));
        var first = ContractItems.New(1, "alice", Now);
        await StoreAsync(third, second, fourth, first);

        (await ListAsync(Alice, limit: 10)).ShouldBe([first.Dfid, second.Dfid, third.Dfid, fourth.Dfid]);
        (await ListAsync(Alice, limit: 2)).ShouldBe([first.Dfid, second.Dfid]);
        (await ListAsync(Alice, limit: 2, offset: 2)).ShouldBe([third.Dfid, fourth.Dfid]);
        (await ListAsync(Alice, limit: 2, offset: 3)).ShouldBe([fourth.Dfid]);
        (await ListAsync(Alice, limit: 2, offset: 4)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldReturnItemsWithTheirIdentifiersAndSourceEntries()
    {
        var lot = Identifier.Contextual("generic", "lote", "L-1");
        var sisbov = Identifier.Canonical("bovino", "sisbov", "BR123456789012");
        var item = ContractItems.New(1, "alice", Now, identifiers: [lot, sisbov]);
        await StoreAsync(item);

        await using var request = BeginRequest();
        var listed = (await request.ItemQueries.ListAsync(Alice, new ItemFilter("lote", "L-1", null), 10, 0, None))
            .ShouldHaveSingleItem();

        listed.Identifiers.ShouldBe([lot, sisbov], "the filter must not trim the identifiers loaded");
        listed.SourceEntries.ShouldBe(item.SourceEntries);
    }

    [Test]
    public async Task ShouldCountVisibleItemsByStatus()
    {
        var deprecated = ContractItems.New(2, "alice", Now);
        deprecated.Deprecate(Now);
        await StoreAsync(
            ContractItems.New(1, "alice", Now), deprecated, ContractItems.New(3, "alice", Now),
            ContractItems.New(4, "bob", Now));

        await using var request = BeginRequest();
        var own = await request.ItemQueries.GetStatisticsAsync(Alice, None);
        var all = await request.ItemQueries.GetStatisticsAsync(Admin, None);
        var none = await request.ItemQueries.GetStatisticsAsync(new ItemViewer("dave", null, false), None);

        own.ShouldBe(new ItemStatistics(3, 2, 0, 0, 1, 1.0));
        all.Total.ShouldBe(4);
        none.ShouldBe(new ItemStatistics(0, 0, 0, 0, 0, 0));
    }

    [Test]
    public async Task ShouldListNewestFirstAndOptionallyOnlyWhatACircuitHolds()
    {
        var first = ContractItems.New(1, "alice", Now);
        var second = ContractItems.New(2, "alice", Now);
        var third = ContractItems.New(3, "alice", Now.AddMinutes(1));
        var othersInCircuit = ContractItems.New(4, "bob", Now.AddMinutes(2));
        var circuit = Circuit.Create("c", "d", "carol", Now);
        await StoreAsync(first, second, third, othersInCircuit);
        await using (var write = BeginRequest())
        {
            write.Get<ICircuitRepository>().Add(circuit);
            write.Get<ICircuitItemRepository>().Add(CircuitItem.Add(circuit.Id, first.Dfid, "alice", Now));
            write.Get<ICircuitItemRepository>().Add(CircuitItem.Add(circuit.Id, othersInCircuit.Dfid, "bob", Now));
            await write.CommitAsync();
        }

        (await ListNewestAsync(Alice, null)).ShouldBe([third.Dfid, second.Dfid, first.Dfid]);
        (await ListNewestAsync(Alice, null, limit: 1, offset: 1)).ShouldBe([second.Dfid]);
        (await ListNewestAsync(Alice, circuit.Id)).ShouldBe([first.Dfid], "only visible items the circuit holds");
        (await ListNewestAsync(Admin, circuit.Id)).ShouldBe([othersInCircuit.Dfid, first.Dfid]);
        (await ListNewestAsync(Alice, Guid.NewGuid())).ShouldBeEmpty();
    }

    private async Task<List<string>> ListNewestAsync(ItemViewer viewer, Guid? circuitId, int limit = 100, int offset = 0)
    {
        await using var request = BeginRequest();
        var items = await request.ItemQueries.ListNewestFirstAsync(viewer, circuitId, limit, offset, None);
        return items.Select(i => i.Dfid).ToList();
    }

    private async Task<List<string>> ListAsync(ItemViewer viewer, ItemFilter? filter = null, int limit = 100, int offset = 0)
    {
        await using var request = BeginRequest();
        var items = await request.ItemQueries.ListAsync(viewer, filter ?? NoFilter, limit, offset, None);
        return items.Select(i => i.Dfid).ToList();
    }

    private async Task<UserAccount> StoreAccountAsync(string id, string workspaceId, bool isAdmin = false)
    {
        var account = UserAccount.CreateWithId(
            id, id, $"{id}@example.com", "hash", UserTier.Basic, isAdmin, workspaceId, Now);
        await using var request = BeginRequest();
        request.Users.Add(account);
        await request.CommitAsync();
        return account;
    }

    /// <summary>
    /// <paramref name="shared"/> shared with <paramref name="member"/>, <paramref name="held"/> held by a circuit
    /// they belong to, <paramref name="published"/> published by a public circuit, and <paramref name="scheduled"/>
    /// by a circuit whose scheduled opening is a month away, <paramref name="opened"/> by one whose opening has passed.
    /// </summary>
    private async Task ArrangeGrantsAsync(
        string owner, string member, Item shared, Item held, Item published, Item scheduled, Item opened)
    {
        var holding = Circuit.Create("holding", "d", owner, Now);
        holding.AddMember(member, MemberRole.Viewer, owner, Now);
        var open = Circuit.Create("open", "d", owner, Now);
        open.ReplacePublicSettings(
            new PublicProfile(PublicAccessMode.Public), null, [published.Dfid], new HashSet<string> { published.Dfid }, Now);
        var later = Circuit.Create("later", "d", owner, Now);
        later.ReplacePublicSettings(
            new PublicProfile(PublicAccessMode.Scheduled, ScheduledDate: DateTimeOffset.UtcNow.AddDays(30)), null,
            [scheduled.Dfid], new HashSet<string> { scheduled.Dfid }, Now);
        var earlier = Circuit.Create("earlier", "d", owner, Now);
        earlier.ReplacePublicSettings(
            new PublicProfile(PublicAccessMode.Scheduled, ScheduledDate: Now), null, [opened.Dfid],
            new HashSet<string> { opened.Dfid }, Now);
        await using var write = BeginRequest();
        write.ItemShares.Add(ItemShare.Create(shared.Dfid, owner, member, null, Now));
        foreach (var (circuit, item) in new[] { (holding, held), (open, published), (later, scheduled), (earlier, opened) })
        {
            write.Get<ICircuitRepository>().Add(circuit);
            write.Get<ICircuitItemRepository>().Add(CircuitItem.Add(circuit.Id, item.Dfid, owner, Now));
        }

        await write.CommitAsync();
    }

    private async Task<ItemResponse?> ReadVisibleAsync(string userId, string dfid)
    {
        await using var request = BeginRequest();
        return await request.Get<IItemQueries>().ReadVisibleAsync(userId, dfid, None);
    }

    private static string Json(ItemResponse? response) => JsonSerializer.Serialize(response);

    private async Task<Item?> GetVisibleAsync(string userId, string dfid)
    {
        await using var request = BeginRequest();
        return await request.Get<IItemQueries>().GetVisibleAsync(userId, dfid, None);
    }
}
