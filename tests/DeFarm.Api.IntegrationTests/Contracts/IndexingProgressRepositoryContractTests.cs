using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class IndexingProgressRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldKeepTheProgressOfEachNetwork()
    {
        await using (var write = BeginRequest())
        {
            var progress = IndexingProgress.Start("stellar-testnet");
            progress.RecordProgress(120, 118, 7, Now);
            write.Get<IIndexingProgressRepository>().Add(progress);
            await write.CommitAsync();
        }

        await using (var write = BeginRequest())
        {
            var progress = (await write.Get<IIndexingProgressRepository>().GetAsync("stellar-testnet", None)).ShouldNotBeNull();
            progress.RecordProgress(130, 129, 2, Now.AddMinutes(1));
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        var loaded = (await read.Get<IIndexingProgressRepository>().GetAsync("stellar-testnet", None)).ShouldNotBeNull();
        loaded.LastIndexedLedger.ShouldBe(130);
        loaded.LastConfirmedLedger.ShouldBe(129);
        loaded.TotalEventsIndexed.ShouldBe(9);
        loaded.LastIndexedAt.ShouldBe(Now.AddMinutes(1));
        loaded.Status.ShouldBe("active");
        (await read.Get<IIndexingProgressRepository>().GetAsync("stellar-mainnet", None)).ShouldBeNull();
    }
}
