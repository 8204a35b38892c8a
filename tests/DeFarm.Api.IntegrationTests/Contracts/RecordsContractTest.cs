using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>Base of the contract fixtures of audit chains, snapshots, API keys and admin reads: arranging in one request.</summary>
public abstract class RecordsContractTest(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    private static long _sequence = 500_000;

    /// <summary>Stages what <paramref name="stage"/> adds in one request and commits it.</summary>
    protected async Task StageAsync(Action<RequestScope> stage)
    {
        await using var request = BeginRequest();
        stage(request);
        await request.CommitAsync();
    }

    protected async Task<Item> StoreItemAsync(string createdBy, string? workspaceId = null)
    {
        var item = ContractItems.New(Interlocked.Increment(ref _sequence), createdBy, Now, workspaceId);
        await StageAsync(r => r.Items.Add(item));
        return item;
    }

    protected async Task<Circuit> StoreCircuitAsync(string ownerId, params Item[] held)
    {
        var circuit = Circuit.Create("c-" + Guid.NewGuid().ToString("N")[..6], "d", ownerId, Now);
        await StageAsync(r =>
        {
            r.Get<ICircuitRepository>().Add(circuit);
            foreach (var item in held)
            {
                r.Get<ICircuitItemRepository>().Add(CircuitItem.Add(circuit.Id, item.Dfid, ownerId, Now));
            }
        });
        return circuit;
    }
}
