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
    /// Whether a circuit the user belongs to holds the item: the part of <see cref="GrantsItemAsync"/> that lets
    /// the user add to the item's history, where publication only lets them read it.
    /// </summary>
    Task<bool> HoldsItemForMemberAsync(string dfid, string userId, CancellationToken cancellationToken);
}
