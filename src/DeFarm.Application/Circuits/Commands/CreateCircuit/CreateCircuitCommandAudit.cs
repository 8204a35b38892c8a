using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Circuits.Commands.CreateCircuit;

internal sealed class CreateCircuitCommandAudit : IAuditDescriber<CreateCircuitCommand, CircuitResponse>
{
    public IEnumerable<AuditRecord> Describe(CreateCircuitCommand command, CircuitResponse response) =>
        [new(AuditActions.Create, AuditResources.Circuit, response.CircuitId.ToString(), new JsonObject { ["name"] = response.Name })];
}
