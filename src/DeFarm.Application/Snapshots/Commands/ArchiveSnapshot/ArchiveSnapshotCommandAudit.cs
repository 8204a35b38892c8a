using DeFarm.Application.Audit;
using DeFarm.Application.Common.Interfaces.Persistence;

namespace DeFarm.Application.Snapshots.Commands.ArchiveSnapshot;

internal sealed class ArchiveSnapshotCommandAudit : IAuditDescriber<ArchiveSnapshotCommand, SnapshotSummary>
{
    public IEnumerable<AuditRecord> Describe(ArchiveSnapshotCommand command, SnapshotSummary response) =>
        [new(AuditActions.Archive, AuditResources.Snapshot, response.Id.ToString(), SnapshotAuditChanges.Of(response))];
}
