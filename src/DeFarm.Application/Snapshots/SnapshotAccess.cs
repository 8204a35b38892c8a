using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Snapshots;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Snapshots;

/// <summary>
/// A snapshot is seen by whoever may see what it captured now: the members of its circuit, or those who may see
/// its item (ADR-019). Anyone else gets 404, as if it did not exist. Archiving and deleting are for its creator
/// or an admin (403 for others who see it).
/// </summary>
internal sealed class SnapshotAccess(ICircuitMembership circuits, IItemQueries items, ISnapshotQueries snapshots)
{
    public async Task<SnapshotSummary> LoadVisibleAsync(string snapshotId, UserAccount caller, CancellationToken cancellationToken)
    {
        var snapshot = Guid.TryParse(snapshotId, out var id) ? await snapshots.FindAsync(id, cancellationToken) : null;
        return snapshot is not null && await CanSeeAsync(snapshot, caller, cancellationToken)
            ? snapshot
            : throw SnapshotErrors.NotFound();
    }

    public async Task<SnapshotSummary> LoadVisibleByTreeAsync(string treeId, UserAccount caller, CancellationToken cancellationToken)
    {
        var snapshot = Guid.TryParse(treeId, out var id) ? await snapshots.FindByTreeIdAsync(id, cancellationToken) : null;
        return snapshot is not null && await CanSeeAsync(snapshot, caller, cancellationToken)
            ? snapshot
            : throw SnapshotErrors.TreeNotFound();
    }

    public static void EnsureMayChange(SnapshotSummary snapshot, UserAccount caller)
    {
        if (snapshot.CreatedBy != caller.Id && !caller.IsAdmin)
        {
            throw SnapshotErrors.NotCreator();
        }
    }

    private async Task<bool> CanSeeAsync(SnapshotSummary snapshot, UserAccount caller, CancellationToken cancellationToken) =>
        snapshot.ResourceType switch
        {
            SnapshotResourceType.Circuit =>
                (await circuits.CircuitIdsOfAsync(caller.Id, cancellationToken)).Contains(snapshot.ResourceId),
            _ => await items.GetVisibleAsync(caller.Id, snapshot.ResourceId, cancellationToken) is not null,
        };
}
