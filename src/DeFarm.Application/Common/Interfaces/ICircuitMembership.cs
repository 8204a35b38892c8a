namespace DeFarm.Application.Common.Interfaces;

/// <summary>
/// Read port over circuit membership, for the rules of other features that depend on it: circuit-only events
/// (decision 20) and items seen through a circuit.
/// </summary>
public interface ICircuitMembership
{
    /// <summary>The ids (as text, the form <c>metadata.circuit_id</c> uses) of the circuits the user belongs to.</summary>
    Task<IReadOnlyCollection<string>> CircuitIdsOfAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a circuit lets the user see the item: it holds the item and the user is a member, or it publishes
    /// the item and is publicly accessible now.
    /// </summary>
    Task<bool> GrantsItemAsync(string dfid, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a circuit holding the item gives the user Push: the part of <see cref="GrantsItemAsync"/> that lets
    /// them add to the item's history (Push is what adds items and events to a circuit, engines-api.md §3.7), where
    /// a viewing role or publication only lets them read it.
    /// </summary>
    Task<bool> GrantsPushOnItemAsync(string dfid, string userId, CancellationToken cancellationToken);
}
