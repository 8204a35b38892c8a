using DeFarm.Application.Common.Interfaces;

namespace DeFarm.Infrastructure.Circuits;

/// <summary>
/// The circuit-membership port while DeFarm has no circuits: nobody is a member of any circuit, so a
/// circuit-only event is readable by its source alone. Not a stand-in that pretends: it states the truth of a
/// system without circuits. The circuits feature replaces this registration with a store-backed reader.
/// </summary>
internal sealed class NoCircuitMembership : ICircuitMembership
{
    public Task<IReadOnlyCollection<string>> CircuitIdsOfAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<string>>([]);
}
