using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Domain.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

/// <summary>Snapshots read as summaries: projections, so no leaf is loaded for a list or an access check.</summary>
internal sealed class EfSnapshotQueries(DeFarmDbContext db, TimeProvider clock) : ISnapshotQueries
{
    public async Task<IReadOnlyList<SnapshotSummary>> ListVisibleAsync(
        ItemViewer viewer, IReadOnlyCollection<string> memberCircuitIds, int limit, CancellationToken cancellationToken)
    {
        var circuitIds = memberCircuitIds.ToList();
        var visibleItems = await EfItemVisibility.VisibleToAsync(db, viewer, clock.GetUtcNow(), cancellationToken);
        var visible = db.Snapshots.AsNoTracking().Where(s =>
            (s.ResourceType == SnapshotResourceType.Circuit && circuitIds.Contains(s.ResourceId))
            || (s.ResourceType == SnapshotResourceType.Item && visibleItems.Any(i => i.Dfid == s.ResourceId)));
        return await Summaries(visible.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id).Take(limit))
            .ToListAsync(cancellationToken);
    }

    public Task<SnapshotSummary?> FindAsync(Guid snapshotId, CancellationToken cancellationToken) =>
        Summaries(db.Snapshots.AsNoTracking().Where(s => s.Id == snapshotId)).FirstOrDefaultAsync(cancellationToken);

    public Task<SnapshotSummary?> FindByTreeIdAsync(Guid treeId, CancellationToken cancellationToken) =>
        Summaries(db.Snapshots.AsNoTracking().Where(s => s.Tree.Id == treeId)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<MerkleVerification>> ListVerificationsAsync(
        Guid treeId, int limit, CancellationToken cancellationToken) =>
        await db.Snapshots.AsNoTracking()
            .SelectMany(s => s.Tree.Verifications)
            .Where(v => v.TreeId == treeId)
            .OrderByDescending(v => v.CreatedAt).ThenBy(v => v.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Item>> ListCircuitItemsAsync(Guid circuitId, int limit, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking()
            .Where(i => db.CircuitItems.Any(c => c.CircuitId == circuitId && c.Dfid == i.Dfid))
            .OrderBy(i => i.Dfid)
            .Take(limit)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

    private static IQueryable<SnapshotSummary> Summaries(IQueryable<Snapshot> snapshots) =>
        snapshots.Select(s => new SnapshotSummary(
            s.Id, s.Name, s.SnapshotType, s.ResourceType, s.ResourceId, s.Description, s.CreatedBy, s.CreatedAt,
            s.Checksum, s.IsArchived,
            new MerkleTreeSummary(
                s.Tree.Id, s.Tree.RootHash, s.Tree.Height, s.Tree.LeafCount, s.Tree.HashAlgorithm, s.Tree.TreeType,
                s.Tree.CreatedAt)));
}
