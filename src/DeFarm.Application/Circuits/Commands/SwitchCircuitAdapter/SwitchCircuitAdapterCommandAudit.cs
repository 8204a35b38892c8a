using System.Text.Json.Nodes;
using DeFarm.Application.Audit;
using DeFarm.Application.Gateway.Circuits;

namespace DeFarm.Application.Circuits.Commands.SwitchCircuitAdapter;

/// <summary>Records the switches the request set; switching the adapter off removes it.</summary>
internal sealed class SwitchCircuitAdapterCommandAudit
    : IAuditDescriber<SwitchCircuitAdapterCommand, IReadOnlyList<GatewayCircuitAdapter>>
{
    public IEnumerable<AuditRecord> Describe(
        SwitchCircuitAdapterCommand command, IReadOnlyList<GatewayCircuitAdapter> response)
    {
        var change = new JsonObject { ["adapter_id"] = command.AdapterId };
        if (command.IsEnabled is { } isEnabled)
        {
            change["is_enabled"] = isEnabled;
        }

        if (command.AutoPublish is { } autoPublish)
        {
            change["auto_publish"] = autoPublish;
        }

        return [CircuitAdapterAudit.Of(command.CircuitId, change)];
    }
}
