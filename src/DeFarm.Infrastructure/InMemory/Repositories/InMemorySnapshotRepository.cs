using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Snapshots;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemorySnapshotRepository(InMemoryUnitOfWork unitOfWork) : ISnapshotRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<Snapshot?> GetByIdAsync(Guid snapshotId, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.Snapshots, snapshotId));

    public Task<Snapshot?> GetByTreeIdAsync(Guid treeId, CancellationToken cancellationToken)
    {
        Guid? snapshotId;
        lock (Database.Lock)
        {
            snapshotId = Database.Snapshots.Rows.FirstOrDefault(s => s.Tree.Id == treeId)?.Id;
        }

        return Task.FromResult(snapshotId is { } id ? unitOfWork.Load(Database.Snapshots, id) : null);
    }

    public void Add(Snapshot snapshot) => unitOfWork.Insert(Database.Snapshots, snapshot);

    public void Remove(Snapshot snapshot) => unitOfWork.Delete(Database.Snapshots, snapshot);
}
