using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Snapshots.Commands.DeleteSnapshot;

/// <summary>Deletes a snapshot with its tree and verifications (its creator or an admin); the audit log keeps its root.</summary>
public sealed record DeleteSnapshotCommand(string SnapshotId) : ICommand<SnapshotSummary>;

internal sealed class DeleteSnapshotCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    SnapshotAccess access,
    ISnapshotRepository snapshots) : ICommandHandler<DeleteSnapshotCommand, SnapshotSummary>
{
    public async ValueTask<SnapshotSummary> Handle(DeleteSnapshotCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var visible = await access.LoadVisibleAsync(command.SnapshotId, caller, cancellationToken);
        SnapshotAccess.EnsureMayChange(visible, caller);
        var snapshot = await snapshots.GetByIdAsync(visible.Id, cancellationToken) ?? throw SnapshotErrors.NotFound();
        snapshots.Remove(snapshot);
        return visible;
    }
}
