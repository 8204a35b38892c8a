using System.Text.Json.Nodes;
using DeFarm.Application.Audit;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.RemoveCircuitAdapter;

/// <summary>Records which adapter was removed; later pushes store nothing.</summary>
internal sealed class RemoveCircuitAdapterCommandAudit : IAuditDescriber<RemoveCircuitAdapterCommand, Unit>
{
    public IEnumerable<AuditRecord> Describe(RemoveCircuitAdapterCommand command, Unit response) =>
        [CircuitAdapterAudit.Of(command.CircuitId, new JsonObject { ["adapter_id"] = command.AdapterId, ["removed"] = true })];
}
