namespace DeFarm.Application.Common.Interfaces;

/// <summary>
/// Read port over circuit membership, for the rules that depend on it (circuit-only events, decision 20).
/// Circuits arrive in a later issue; until then the registered implementation knows no circuits, so nobody is
/// a member of any, and circuit-only events are readable by their source alone.
/// </summary>
public interface ICircuitMembership
{
    /// <summary>The ids (as text, the form <c>metadata.circuit_id</c> uses) of the circuits the user belongs to.</summary>
    Task<IReadOnlyCollection<string>> CircuitIdsOfAsync(string userId, CancellationToken cancellationToken);
}
