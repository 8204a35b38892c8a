using System.Text.Json.Nodes;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class StorageHistoryRepositoryContractTests(PersistenceProvider provider) : ItemContractTest(provider)
{
    [Test]
    public async Task ShouldRoundTripAHistoryWithEveryFieldOfItsRecords()
    {
        var dfid = await StoreItemAsync(1);
        var circuit = Guid.NewGuid();
        var history = ItemStorageHistory.Start(dfid);
        var first = history.Append(
            AdapterType.IpfsIpfs, new LocalStorage("bafk-local"), new JsonObject { ["content_cid"] = "bafk-local" },
            "migration", null, "alice", Now);
        var second = history.Append(
            AdapterType.Parse("stellar_testnet-ipfs"), new StellarStorage("tx-1", "C-1", "bafk-2"),
            new JsonObject { ["network"] = "stellar-testnet", ["ipfs_pinned"] = true }, "circuit_push", circuit, "bob",
            Now.AddMinutes(1));
        history.SetPrimary(new LocalStorage("bafk-local"));
        await using (var write = BeginRequest())
        {
            write.Get<IStorageHistoryRepository>().Add(history);
            await write.CommitAsync();
        }

        var loaded = await LoadHistoryAsync(dfid);

        loaded.Records.Select(r => r.Id).ShouldBe([first.Id, second.Id]);
        loaded.PrimaryRecordId.ShouldBe(first.Id);
        loaded.CurrentPrimary.ShouldBe(new LocalStorage("bafk-local"));
        var stellar = loaded.Records[1];
        stellar.AdapterType.ShouldBe(AdapterType.Parse("StellarTestnetIpfs"));
        stellar.Location.ShouldBe(new StellarStorage("tx-1", "C-1", "bafk-2"));
        stellar.Metadata.ToJsonString().ShouldBe("""{"network":"stellar-testnet","ipfs_pinned":true}""");
        stellar.TriggeredBy.ShouldBe("circuit_push");
        stellar.CircuitId.ShouldBe(circuit);
        stellar.StoredBy.ShouldBe("bob");
        stellar.StoredAt.ShouldBe(Now.AddMinutes(1));
        stellar.IsActive.ShouldBeTrue();
    }

    [Test]
    public async Task ShouldAppendToAStoredHistory()
    {
        var dfid = await StoreItemAsync(1);
        await AppendAsync(dfid, "a", Now);

        var second = await AppendAsync(dfid, "b", Now.AddMinutes(1));

        var loaded = await LoadHistoryAsync(dfid);
        loaded.Records.Count.ShouldBe(2);
        loaded.PrimaryRecordId.ShouldBe(second.Id);
    }

    [Test]
    public async Task ShouldReportTwoRequestsStartingOneHistoryAsAConcurrentUpdate()
    {
        var dfid = await StoreItemAsync(1);
        await using var first = BeginRequest();
        await using var second = BeginRequest();
        first.Get<IStorageHistoryRepository>().Add(NewHistory(dfid, "a"));
        second.Get<IStorageHistoryRepository>().Add(NewHistory(dfid, "b"));
        await first.CommitAsync();

        await Should.ThrowAsync<ConcurrentUpdateException>(second.CommitAsync);
    }

    [Test]
    public async Task ShouldReportTwoRequestsAppendingToOneHistoryAsAConcurrentUpdate()
    {
        var dfid = await StoreItemAsync(1);
        await AppendAsync(dfid, "a", Now);
        await using var first = BeginRequest();
        await using var second = BeginRequest();
        (await first.Get<IStorageHistoryRepository>().GetByDfidAsync(dfid, None))!
            .Append(AdapterType.IpfsIpfs, new LocalStorage("b"), [], "migration", null, "alice", Now);
        (await second.Get<IStorageHistoryRepository>().GetByDfidAsync(dfid, None))!
            .Append(AdapterType.IpfsIpfs, new LocalStorage("c"), [], "migration", null, "alice", Now);
        await first.CommitAsync();

        await Should.ThrowAsync<ConcurrentUpdateException>(second.CommitAsync);
        (await LoadHistoryAsync(dfid)).Records.Count.ShouldBe(2);
    }

    [Test]
    public async Task ShouldAnswerNullForAnItemWithNothingStored()
    {
        var dfid = await StoreItemAsync(1);

        await using var read = BeginRequest();
        (await read.Get<IStorageHistoryRepository>().GetByDfidAsync(dfid, None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldCountTheHistoriesOfVisibleItemsOnly()
    {
        var mine = await StoreItemAsync(1, "alice");
        var theirs = await StoreItemAsync(2, "bob");
        await AppendAsync(mine, "a", Now, "migration");
        await AppendAsync(mine, "b", Now, "circuit_push");
        await AppendAsync(mine, "c", Now, "item_creation");
        await AppendAsync(theirs, "d", Now, "migration");

        await using var read = BeginRequest();
        var queries = read.Get<IStorageHistoryQueries>();
        var alice = await queries.GetStatisticsAsync(new ItemViewer("alice", null, IsAdmin: false), None);
        var admin = await queries.GetStatisticsAsync(new ItemViewer("root", null, IsAdmin: true), None);

        alice.ItemsTracked.ShouldBe(1);
        alice.StorageLocations.ShouldBe(3);
        alice.AdapterDistribution.ShouldBe(new Dictionary<string, int> { ["ipfs-ipfs"] = 3 });
        alice.MigrationCount.ShouldBe(2);
        admin.ItemsTracked.ShouldBe(2);
        admin.StorageLocations.ShouldBe(4);
        admin.MigrationCount.ShouldBe(3);
    }

    private async Task<string> StoreItemAsync(long sequence, string createdBy = "alice")
    {
        var item = ContractItems.New(sequence, createdBy, Now);
        await StoreAsync(item);
        return item.Dfid;
    }

    private static ItemStorageHistory NewHistory(string dfid, string cid)
    {
        var history = ItemStorageHistory.Start(dfid);
        history.Append(AdapterType.IpfsIpfs, new LocalStorage(cid), [], "migration", null, "alice", Now);
        return history;
    }

    private async Task<StorageRecord> AppendAsync(string dfid, string cid, DateTimeOffset at, string trigger = "migration")
    {
        await using var write = BeginRequest();
        var histories = write.Get<IStorageHistoryRepository>();
        var history = await histories.GetByDfidAsync(dfid, None);
        if (history is null)
        {
            history = ItemStorageHistory.Start(dfid);
            histories.Add(history);
        }

        var record = history.Append(AdapterType.IpfsIpfs, new LocalStorage(cid), [], trigger, null, "alice", at);
        await write.CommitAsync();
        return record;
    }

    private async Task<ItemStorageHistory> LoadHistoryAsync(string dfid)
    {
        await using var read = BeginRequest();
        return (await read.Get<IStorageHistoryRepository>().GetByDfidAsync(dfid, None)).ShouldNotBeNull();
    }
}
