using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Circuits;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryCircuitMembership(InMemoryDatabase database, TimeProvider clock) : ICircuitMembership
{
    public Task<IReadOnlyCollection<string>> CircuitIdsOfAsync(string userId, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            IReadOnlyCollection<string> ids = database.Circuits.Rows
                .Where(c => c.IsMember(userId))
                .Select(c => c.Id.ToString())
                .ToList();
            return Task.FromResult(ids);
        }
    }

    public Task<bool> GrantsItemAsync(string dfid, string userId, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            return Task.FromResult(database.DfidsGrantedByCircuits(userId, clock.GetUtcNow()).Contains(dfid));
        }
    }

    public Task<bool> GrantsPushOnItemAsync(string dfid, string userId, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            var pushingTo = database.Circuits.Rows
                .Where(c => c.HasPermission(userId, CircuitPermission.Push))
                .Select(c => c.Id)
                .ToHashSet();
            return Task.FromResult(database.CircuitItems.Rows.Any(i => i.Dfid == dfid && pushingTo.Contains(i.CircuitId)));
        }
    }
}
