using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfSnapshotRepository(DeFarmDbContext db) : ISnapshotRepository
{
    public Task<Snapshot?> GetByIdAsync(Guid snapshotId, CancellationToken cancellationToken) =>
        db.Snapshots.AsSplitQuery().FirstOrDefaultAsync(s => s.Id == snapshotId, cancellationToken);

    public Task<Snapshot?> GetByTreeIdAsync(Guid treeId, CancellationToken cancellationToken) =>
        db.Snapshots.AsSplitQuery().FirstOrDefaultAsync(s => s.Tree.Id == treeId, cancellationToken);

    public void Add(Snapshot snapshot) => db.Snapshots.Add(snapshot);

    public void Remove(Snapshot snapshot) => db.Snapshots.Remove(snapshot);
}
