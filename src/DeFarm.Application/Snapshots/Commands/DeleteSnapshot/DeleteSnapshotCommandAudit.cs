using DeFarm.Application.Audit;
using DeFarm.Application.Common.Interfaces.Persistence;

namespace DeFarm.Application.Snapshots.Commands.DeleteSnapshot;

internal sealed class DeleteSnapshotCommandAudit : IAuditDescriber<DeleteSnapshotCommand, SnapshotSummary>
{
    public IEnumerable<AuditRecord> Describe(DeleteSnapshotCommand command, SnapshotSummary response) =>
        [new(AuditActions.Delete, AuditResources.Snapshot, response.Id.ToString(), SnapshotAuditChanges.Of(response))];
}
