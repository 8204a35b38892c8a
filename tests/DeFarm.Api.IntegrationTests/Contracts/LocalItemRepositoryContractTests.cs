using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>The local-item reads of <c>IItemRepository</c>, the same on both providers.</summary>
[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class LocalItemRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldListOnlyTheWorkspacesUnmergedLocalItemsOldestFirst()
    {
        var user = await StoreUserAsync("alice");
        var newer = Local(user.Id, "ws-1", Now.AddMinutes(2));
        var older = Local(user.Id, "ws-1", Now);
        var merged = Local(user.Id, "ws-1", Now.AddMinutes(1));
        older.MergeLocal([merged], MergeStrategy.Append, Now.AddMinutes(3));
        var elsewhere = Local(user.Id, "ws-2", Now);
        var tokenized = Item.CreateWithDfid(
            Dfid.Create(new DateOnly(2025, 12, 5), 1), [], null, Guid.NewGuid(), user.Id, "ws-1", Now);
        await StoreAsync(newer, older, merged, elsewhere, tokenized);

        await using var read = BeginRequest();
        var listed = await read.Items.ListUnmergedLocalItemsAsync("ws-1", None);

        listed.Select(i => i.Dfid).ShouldBe([older.Dfid, newer.Dfid]);
    }

    [Test]
    public async Task ShouldTrackListedItemsForTheRequestsCommit()
    {
        var user = await StoreUserAsync("bob");
        var master = Local(user.Id, "ws-1", Now);
        var other = Local(user.Id, "ws-1", Now.AddMinutes(1));
        await StoreAsync(master, other);

        await using (var write = BeginRequest())
        {
            var listed = await write.Items.ListUnmergedLocalItemsAsync("ws-1", None);
            listed[0].MergeLocal([listed[1]], MergeStrategy.Append, Now.AddMinutes(2));
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        (await read.Items.GetByDfidAsync(other.Dfid, None))!.Status.ShouldBe(ItemStatus.MergedInto);
        (await read.Items.ListUnmergedLocalItemsAsync("ws-1", None)).Select(i => i.Dfid).ShouldBe([master.Dfid]);
    }

    private static Item Local(string userId, string workspaceId, DateTimeOffset createdAt) =>
        Item.CreateLocal(Guid.NewGuid(), [], null, Guid.NewGuid(), userId, workspaceId, createdAt);

    private async Task StoreAsync(params Item[] items)
    {
        await using var request = BeginRequest();
        foreach (var item in items)
        {
            request.Items.Add(item);
        }

        await request.CommitAsync();
    }
}
