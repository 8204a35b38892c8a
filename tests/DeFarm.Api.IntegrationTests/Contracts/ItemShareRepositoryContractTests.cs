using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class ItemShareRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    private static long _sequence;

    [Test]
    public async Task ShouldReadACommittedShareWithAllItsFields()
    {
        var item = await StoreItemAsync("alice");
        var share = ItemShare.Create(item.Dfid, "alice", "bob", ["read", "comment"], Now);
        await StoreAsync(share);

        await using var read = BeginRequest();
        var loaded = (await read.ItemShares.GetAsync(item.Dfid, "bob", None)).ShouldNotBeNull();

        loaded.ShouldNotBeSameAs(share);
        loaded.ShareId.ShouldBe(share.ShareId);
        loaded.ShareId.ShouldStartWith("SHARE-20260314092653-");
        loaded.Dfid.ShouldBe(item.Dfid);
        loaded.SharedBy.ShouldBe("alice");
        loaded.RecipientUserId.ShouldBe("bob");
        loaded.SharedAt.ShouldBe(Now);
        loaded.Permissions.ShouldBe(["read", "comment"]);
        loaded.SourceEntry.ShouldBe(share.SourceEntry);
    }

    [Test]
    public async Task ShouldFindNoShareForAnotherRecipientOrItem()
    {
        var item = await StoreItemAsync("alice");
        var other = await StoreItemAsync("alice");
        await StoreAsync(ItemShare.Create(item.Dfid, "alice", "bob", null, Now));

        await using var read = BeginRequest();

        (await read.ItemShares.GetAsync(item.Dfid, "carol", None)).ShouldBeNull();
        (await read.ItemShares.GetAsync(other.Dfid, "bob", None)).ShouldBeNull();
        (await read.ItemShares.IsSharedWithAsync(item.Dfid, "bob", None)).ShouldBeTrue();
        (await read.ItemShares.IsSharedWithAsync(item.Dfid, "carol", None)).ShouldBeFalse();
        (await read.ItemShares.IsSharedWithAsync(other.Dfid, "bob", None)).ShouldBeFalse();
    }

    [Test]
    public async Task ShouldNotShowAnUncommittedShareToAnotherRequest()
    {
        var item = await StoreItemAsync("alice");
        await using var write = BeginRequest();
        write.ItemShares.Add(ItemShare.Create(item.Dfid, "alice", "bob", null, Now));

        await using var read = BeginRequest();
        (await read.ItemShares.GetAsync(item.Dfid, "bob", None)).ShouldBeNull();
        (await read.ItemShares.IsSharedWithAsync(item.Dfid, "bob", None)).ShouldBeFalse();
        (await read.ItemShares.ListSharedToAsync("bob", 10, 0, None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRejectASecondShareOfTheSameItemWithTheSameRecipient()
    {
        var item = await StoreItemAsync("alice");
        await StoreAsync(ItemShare.Create(item.Dfid, "alice", "bob", null, Now));

        await using (var write = BeginRequest())
        {
            write.ItemShares.Add(ItemShare.Create(item.Dfid, "admin", "bob", ["write"], Now.AddMinutes(1)));

            (await Should.ThrowAsync<ConflictException>(write.CommitAsync)).Code.ShouldBe("item_already_shared");
        }

        await using var read = BeginRequest();
        (await read.ItemShares.ListSharedToAsync("bob", 10, 0, None)).ShouldHaveSingleItem().Share.SharedBy.ShouldBe("alice");
    }

    [Test]
    public async Task ShouldAllowSharingOneItemWithSeveralRecipientsAndSeveralItemsWithOneRecipient()
    {
        var first = await StoreItemAsync("alice");
        var second = await StoreItemAsync("alice");

        await StoreAsync(
            ItemShare.Create(first.Dfid, "alice", "bob", null, Now),
            ItemShare.Create(first.Dfid, "alice", "carol", null, Now),
            ItemShare.Create(second.Dfid, "alice", "bob", null, Now));

        await using var read = BeginRequest();
        (await read.ItemShares.ListSharedToAsync("bob", 10, 0, None)).Count.ShouldBe(2);
        (await read.ItemShares.ListSharedToAsync("carol", 10, 0, None)).Count.ShouldBe(1);
    }

    [Test]
    public async Task ShouldListWhatWasSharedWithARecipientNewestFirstWithTheItems()
    {
        var older = await StoreItemAsync("alice", "older");
        var newer = await StoreItemAsync("alice", "newer");
        var notShared = await StoreItemAsync("alice");
        await StoreAsync(
            ItemShare.Create(older.Dfid, "alice", "bob", null, Now),
            ItemShare.Create(newer.Dfid, "alice", "bob", null, Now.AddMinutes(5)),
            ItemShare.Create(notShared.Dfid, "alice", "carol", null, Now));

        await using var read = BeginRequest();
        var listed = await read.ItemShares.ListSharedToAsync("bob", 10, 0, None);
        var paged = await read.ItemShares.ListSharedToAsync("bob", 1, 1, None);

        listed.Select(s => s.Item.Dfid).ShouldBe([newer.Dfid, older.Dfid]);
        listed[0].Item.EnrichedData["name"]!.GetValue<string>().ShouldBe("newer");
        listed[0].Item.Identifiers.ShouldHaveSingleItem();
        listed[0].Share.SharedAt.ShouldBe(Now.AddMinutes(5));
        paged.ShouldHaveSingleItem().Item.Dfid.ShouldBe(older.Dfid);
        (await read.ItemShares.ListSharedToAsync("nobody", 10, 0, None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldListASharedItemToTheRecipientButNotToOthers()
    {
        var shared = await StoreItemAsync("alice");
        await StoreItemAsync("alice");
        await StoreAsync(ItemShare.Create(shared.Dfid, "alice", "bob", null, Now));

        await using var read = BeginRequest();
        var forBob = await read.ItemQueries.ListAsync(Viewer("bob"), NoFilter, 10, 0, None);
        var forCarol = await read.ItemQueries.ListAsync(Viewer("carol"), NoFilter, 10, 0, None);
        var forAlice = await read.ItemQueries.ListAsync(Viewer("alice"), NoFilter, 10, 0, None);
        var bobsStats = await read.ItemQueries.GetStatisticsAsync(Viewer("bob"), None);

        forBob.ShouldHaveSingleItem().Dfid.ShouldBe(shared.Dfid);
        forCarol.ShouldBeEmpty();
        forAlice.Count.ShouldBe(2);
        bobsStats.Total.ShouldBe(1);
    }

    private static readonly ItemFilter NoFilter = new(null, null, null);

    private static ItemViewer Viewer(string userId) => new(userId, $"{userId}-workspace", IsAdmin: false);

    /// <summary>Stores an item of <paramref name="createdBy"/> with a unique DFID and one identifier.</summary>
    private async Task<Item> StoreItemAsync(string createdBy, string name = "item")
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var item = Item.CreateWithDfid(
            Dfid.Create(new DateOnly(2026, 3, 14), 900000 + sequence),
            [Identifier.Contextual("generic", "tag", $"T-{sequence}")],
            new System.Text.Json.Nodes.JsonObject { ["name"] = name }, Guid.NewGuid(), createdBy, $"{createdBy}-workspace", Now);
        await using var request = BeginRequest();
        request.Items.Add(item);
        await request.CommitAsync();
        return item;
    }

    private async Task StoreAsync(params ItemShare[] shares)
    {
        await using var request = BeginRequest();
        foreach (var share in shares)
        {
            request.ItemShares.Add(share);
        }

        await request.CommitAsync();
    }
}
