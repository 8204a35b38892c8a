using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Domain.Snapshots;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemorySnapshotQueries(InMemoryDatabase database, TimeProvider clock) : ISnapshotQueries
{
    public Task<IReadOnlyList<SnapshotSummary>> ListVisibleAsync(
        ItemViewer viewer, IReadOnlyCollection<string> memberCircuitIds, int limit, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            var canSee = InMemoryItemVisibility.VisibleTo(database, viewer, clock.GetUtcNow());
            IReadOnlyList<SnapshotSummary> visible = database.Snapshots.Rows
                .Where(s => s.ResourceType == SnapshotResourceType.Circuit
                    ? memberCircuitIds.Contains(s.ResourceId)
                    : database.Items.TryGet(s.ResourceId, out var item, out _) && canSee(item))
                .OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id)
                .Take(limit)
                .Select(SnapshotSummary.From)
                .ToList();
            return Task.FromResult(visible);
        }
    }

    public Task<SnapshotSummary?> FindAsync(Guid snapshotId, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            return Task.FromResult(
                database.Snapshots.TryGet(snapshotId, out var snapshot, out _) ? SnapshotSummary.From(snapshot) : null);
        }
    }

    public Task<SnapshotSummary?> FindByTreeIdAsync(Guid treeId, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            var snapshot = database.Snapshots.Rows.FirstOrDefault(s => s.Tree.Id == treeId);
            return Task.FromResult(snapshot is null ? null : SnapshotSummary.From(snapshot));
        }
    }

    public Task<IReadOnlyList<MerkleVerification>> ListVerificationsAsync(
        Guid treeId, int limit, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            IReadOnlyList<MerkleVerification> verifications = database.Snapshots.Rows
                .SelectMany(s => s.Tree.Verifications)
                .Where(v => v.TreeId == treeId)
                .OrderByDescending(v => v.CreatedAt).ThenBy(v => v.Id)
                .Take(limit)
                .Select(ObjectGraph.Clone)
                .ToList();
            return Task.FromResult(verifications);
        }
    }

    public Task<IReadOnlyList<Item>> ListCircuitItemsAsync(Guid circuitId, int limit, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            var held = database.CircuitItems.Rows.Where(i => i.CircuitId == circuitId).Select(i => i.Dfid).ToHashSet();
            IReadOnlyList<Item> items = database.Items.Rows
                .Where(i => held.Contains(i.Dfid))
                .OrderBy(i => i.Dfid, StringComparer.Ordinal)
                .Take(limit)
                .Select(ObjectGraph.Clone)
                .ToList();
            return Task.FromResult(items);
        }
    }
}
