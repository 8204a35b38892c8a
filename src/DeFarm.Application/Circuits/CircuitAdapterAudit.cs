using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Circuits;

/// <summary>
/// The audit record of a change to a circuit's storage adapter, from the engines route or the front end's panel:
/// an update of the circuit whose <c>adapter</c> change says what the adapter became.
/// </summary>
internal static class CircuitAdapterAudit
{
    public static AuditRecord Of(string circuitId, JsonObject adapterChange) =>
        new(AuditActions.Update, AuditResources.Circuit, CircuitLoader.ParseId(circuitId).ToString(),
            new JsonObject { ["adapter"] = adapterChange });
}
