using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Circuits.Commands.PushItem;

/// <summary>A push moves the item into a circuit (or asks to, when the circuit approves pushes).</summary>
internal sealed class PushItemCommandAudit : IAuditDescriber<PushItemCommand, CircuitOperationResponse>
{
    public IEnumerable<AuditRecord> Describe(PushItemCommand command, CircuitOperationResponse response) =>
    [
        new(AuditActions.Transfer, AuditResources.Item, response.Dfid, new JsonObject
        {
            ["circuit_id"] = response.CircuitId.ToString(),
            ["operation_id"] = response.OperationId.ToString(),
            ["status"] = response.Status,
        }),
    ];
}
