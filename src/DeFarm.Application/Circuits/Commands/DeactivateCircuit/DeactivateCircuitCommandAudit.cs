using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Circuits.Commands.DeactivateCircuit;

internal sealed class DeactivateCircuitCommandAudit : IAuditDescriber<DeactivateCircuitCommand, CircuitResponse>
{
    public IEnumerable<AuditRecord> Describe(DeactivateCircuitCommand command, CircuitResponse response) =>
        [new(AuditActions.StatusChange, AuditResources.Circuit, response.CircuitId.ToString(), new JsonObject { ["status"] = response.Status })];
}
