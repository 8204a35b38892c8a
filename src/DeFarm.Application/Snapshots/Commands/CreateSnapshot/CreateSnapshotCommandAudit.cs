using DeFarm.Application.Audit;
using DeFarm.Application.Common.Interfaces.Persistence;

namespace DeFarm.Application.Snapshots.Commands.CreateSnapshot;

internal sealed class CreateSnapshotCommandAudit : IAuditDescriber<CreateSnapshotCommand, SnapshotSummary>
{
    public IEnumerable<AuditRecord> Describe(CreateSnapshotCommand command, SnapshotSummary response) =>
        [new(AuditActions.Create, AuditResources.Snapshot, response.Id.ToString(), SnapshotAuditChanges.Of(response))];
}
