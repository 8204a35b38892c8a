using System.Text.Json.Nodes;
using DeFarm.Application.Audit;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.ArchiveCircuit;

internal sealed class ArchiveCircuitCommandAudit : IAuditDescriber<ArchiveCircuitCommand, Unit>
{
    public IEnumerable<AuditRecord> Describe(ArchiveCircuitCommand command, Unit response) =>
        [new(AuditActions.Archive, AuditResources.Circuit, command.CircuitId, new JsonObject { ["status"] = "Archived" })];
}
