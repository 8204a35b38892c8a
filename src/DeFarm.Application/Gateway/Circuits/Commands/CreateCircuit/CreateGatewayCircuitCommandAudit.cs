using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Gateway.Circuits.Commands.CreateCircuit;

internal sealed class CreateGatewayCircuitCommandAudit : IAuditDescriber<CreateGatewayCircuitCommand, GatewayCircuit>
{
    public IEnumerable<AuditRecord> Describe(CreateGatewayCircuitCommand command, GatewayCircuit response) =>
        [new(AuditActions.Create, AuditResources.Circuit, response.Id.ToString(), new JsonObject { ["name"] = response.Name })];
}
