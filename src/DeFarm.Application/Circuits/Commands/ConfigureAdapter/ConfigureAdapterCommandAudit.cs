using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Circuits.Commands.ConfigureAdapter;

/// <summary>Records the configuration the circuit's adapter ended with (flags not given keep their value).</summary>
internal sealed class ConfigureAdapterCommandAudit : IAuditDescriber<ConfigureAdapterCommand, CircuitAdapterResponse>
{
    public IEnumerable<AuditRecord> Describe(ConfigureAdapterCommand command, CircuitAdapterResponse response) =>
    [
        CircuitAdapterAudit.Of(command.CircuitId, new JsonObject
        {
            ["adapter_type"] = response.AdapterType,
            ["requires_approval"] = response.RequiresApproval,
            ["auto_migrate_existing"] = response.AutoMigrateExisting,
            ["sponsor_adapter_access"] = response.SponsorAdapterAccess,
        }),
    ];
}
