using System.Text.Json.Nodes;
using DeFarm.Application.Audit;
using DeFarm.Application.Gateway.Circuits;

namespace DeFarm.Application.Circuits.Commands.SetupDefaultAdapter;

/// <summary>Records the adapter the circuit has after the set-up (the default, or the one it already had).</summary>
internal sealed class SetupDefaultAdapterCommandAudit
    : IAuditDescriber<SetupDefaultAdapterCommand, IReadOnlyList<GatewayCircuitAdapter>>
{
    public IEnumerable<AuditRecord> Describe(
        SetupDefaultAdapterCommand command, IReadOnlyList<GatewayCircuitAdapter> response) =>
        [CircuitAdapterAudit.Of(command.CircuitId, new JsonObject { ["adapter_type"] = response.Single().AdapterName })];
}
