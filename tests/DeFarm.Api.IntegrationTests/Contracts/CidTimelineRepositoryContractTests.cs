using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class CidTimelineRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    private const string Dfid = "DFID-20260314-000001-1A2B";
    private const string OtherDfid = "DFID-20260314-000002-1A2C";

    [Test]
    public async Task ShouldNumberEachDfidsEntriesFromOneAndKeepEveryField()
    {
        var first = await AppendAsync(Dfid, "bafk-1");
        await AppendAsync(OtherDfid, "bafk-x");
        var second = await AppendAsync(Dfid, "bafk-2");

        first.Sequence.ShouldBe(1);
        second.Sequence.ShouldBe(2);
        await using var read = BeginRequest();
        var timeline = read.Get<ICidTimelineRepository>();
        var entries = await timeline.ListAsync(Dfid, None);
        entries.Select(e => (e.Sequence, e.Cid)).ShouldBe([(1, "bafk-1"), (2, "bafk-2")]);
        (await timeline.ListAsync(OtherDfid, None)).ShouldHaveSingleItem().Sequence.ShouldBe(1);
        var loaded = (await timeline.GetAsync(Dfid, 2, None)).ShouldNotBeNull();
        loaded.Id.ShouldBe(second.Id);
        loaded.Network.ShouldBe("ipfs");
        loaded.TransactionHash.ShouldBe("tx-bafk-2");
        loaded.BlockchainTimestamp.ShouldBe(Now.AddSeconds(-1));
        loaded.CreatedAt.ShouldBe(Now);
        (await timeline.GetAsync(Dfid, 3, None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldFindEachDfidWhoseTimelineHoldsACidOnce()
    {
        await AppendAsync(Dfid, "bafk-shared");
        await AppendAsync(OtherDfid, "bafk-shared");
        await AppendAsync(Dfid, "bafk-shared");
        await AppendAsync(Dfid, "bafk-other");

        await using var read = BeginRequest();
        var timeline = read.Get<ICidTimelineRepository>();
        (await timeline.ListDfidsWithCidAsync("bafk-shared", None)).ShouldBe([Dfid, OtherDfid], ignoreOrder: true);
        (await timeline.ListDfidsWithCidAsync("bafk-none", None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldNumberSeveralEntriesOfOneCommitInOrder()
    {
        await using (var write = BeginRequest())
        {
            var timeline = write.Get<ICidTimelineRepository>();
            timeline.Add(NewEntry(Dfid, "bafk-1"));
            timeline.Add(NewEntry(Dfid, "bafk-2"));
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        (await read.Get<ICidTimelineRepository>().ListAsync(Dfid, None)).Select(e => e.Sequence).Order().ShouldBe([1, 2]);
    }

    [Test]
    public async Task ShouldNotLeaveAGapWhenAnAppendIsNotCommitted()
    {
        await AppendAsync(Dfid, "bafk-1");
        await using (var abandoned = BeginRequest())
        {
            abandoned.Get<ICidTimelineRepository>().Add(NewEntry(Dfid, "bafk-lost"));
        }

        var next = await AppendAsync(Dfid, "bafk-2");

        next.Sequence.ShouldBe(2);
    }

    [Test]
    public async Task ShouldKeepTheSequenceGaplessUnderConcurrentAppends()
    {
        const int appends = 24;

        await Task.WhenAll(Enumerable.Range(1, appends).Select(i => Task.Run(() => AppendAsync(Dfid, $"bafk-{i}"))));

        await using var read = BeginRequest();
        var entries = await read.Get<ICidTimelineRepository>().ListAsync(Dfid, None);
        entries.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, appends));
        entries.Select(e => e.Cid).Distinct().Count().ShouldBe(appends);
    }

    private async Task<CidTimelineEntry> AppendAsync(string dfid, string cid)
    {
        var entry = NewEntry(dfid, cid);
        await using var write = BeginRequest();
        write.Get<ICidTimelineRepository>().Add(entry);
        await write.CommitAsync();
        return entry;
    }

    private static CidTimelineEntry NewEntry(string dfid, string cid) =>
        CidTimelineEntry.Create(dfid, cid, "ipfs", $"tx-{cid}", Now.AddSeconds(-1), Now);
}
