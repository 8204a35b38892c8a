using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>Base of the item-registry contract fixtures: storing items in one request and reading them back.</summary>
public abstract class ItemContractTest(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    /// <summary>Adds and commits the items in one request.</summary>
    protected async Task StoreAsync(params Item[] items)
    {
        await using var request = BeginRequest();
        foreach (var item in items)
        {
            request.Items.Add(item);
        }

        await request.CommitAsync();
    }

    /// <summary>The stored item, read in a fresh request.</summary>
    protected async Task<Item> LoadAsync(string dfid)
    {
        await using var request = BeginRequest();
        return (await request.Items.GetByDfidAsync(dfid, None)).ShouldNotBeNull(dfid);
    }
}
