using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Circuits;

internal static class CircuitLoader
{
    /// <summary>The circuit id of a route; 400 "Invalid circuit ID format" when it is not a UUID.</summary>
    public static Guid ParseId(string text) => Guid.TryParse(text, out var id) ? id : throw CircuitErrors.InvalidId();

    /// <summary>The circuit, tracked; 404 when it does not exist.</summary>
    public static async Task<Circuit> LoadAsync(
        ICircuitRepository circuits, string circuitId, CancellationToken cancellationToken) =>
        await circuits.GetByIdAsync(ParseId(circuitId), cancellationToken) ?? throw CircuitErrors.NotFound();

    /// <summary>
    /// As <see cref="LoadForAsync"/>, and 404 for an archived circuit too: for the web front end an archived
    /// circuit is a deleted one.
    /// </summary>
    public static async Task<Circuit> LoadLiveForAsync(
        ICircuitRepository circuits, string circuitId, string callerId, CircuitAction action, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var circuit = await LoadAsync(circuits, circuitId, cancellationToken);
        if (circuit.Status == CircuitStatus.Archived)
        {
            throw CircuitErrors.NotFound();
        }

        CircuitAccess.Ensure(circuit, callerId, action, now);
        return circuit;
    }

    /// <summary>The circuit if the caller may do <paramref name="action"/> on it (404 / 403 otherwise).</summary>
    public static async Task<Circuit> LoadForAsync(
        ICircuitRepository circuits, string circuitId, string callerId, CircuitAction action, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var circuit = await LoadAsync(circuits, circuitId, cancellationToken);
        CircuitAccess.Ensure(circuit, callerId, action, now);
        return circuit;
    }
}
