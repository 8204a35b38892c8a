using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Snapshots.Commands.ArchiveSnapshot;

/// <summary>Archives a snapshot (its creator or an admin); it stays readable and verifiable.</summary>
public sealed record ArchiveSnapshotCommand(string SnapshotId) : ICommand<SnapshotSummary>, IRetryOnConcurrentUpdate;

internal sealed class ArchiveSnapshotCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    SnapshotAccess access,
    ISnapshotRepository snapshots,
    TimeProvider clock) : ICommandHandler<ArchiveSnapshotCommand, SnapshotSummary>
{
    public async ValueTask<SnapshotSummary> Handle(ArchiveSnapshotCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var visible = await access.LoadVisibleAsync(command.SnapshotId, caller, cancellationToken);
        SnapshotAccess.EnsureMayChange(visible, caller);
        var snapshot = await snapshots.GetByIdAsync(visible.Id, cancellationToken) ?? throw SnapshotErrors.NotFound();
        snapshot.Archive(clock.GetUtcNow());
        return SnapshotSummary.From(snapshot);
    }
}
