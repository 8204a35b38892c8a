using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class DfidGeneratorContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldMintValidDfidsWithIncreasingSequencesOfToday()
    {
        var minted = new List<Dfid>();
        for (var i = 0; i < 5; i++)
        {
            minted.Add(await NextAsync());
        }

        minted.ShouldAllBe(dfid => Dfid.IsValid(dfid.Value));
        minted.ShouldAllBe(dfid => dfid.CreatedOn == new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero));
        minted.Select(d => d.Sequence).ShouldBeInOrder(SortDirection.Ascending);
        minted.Select(d => d.Sequence).Distinct().Count().ShouldBe(5);
    }

    [Test]
    public async Task ShouldMintDistinctDfidsUnderConcurrentCalls()
    {
        const int calls = 200;

        var minted = await Task.WhenAll(Enumerable.Range(0, calls).Select(_ => Task.Run(NextAsync)));

        minted.Select(d => d.Value).Distinct().Count().ShouldBe(calls);
    }

    private async Task<Dfid> NextAsync()
    {
        await using var request = BeginRequest();
        return await request.Dfids.NextAsync(None);
    }
}
