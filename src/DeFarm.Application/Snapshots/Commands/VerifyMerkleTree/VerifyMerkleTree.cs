using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Snapshots.Commands.VerifyMerkleTree;

/// <summary>
/// Recomputes a tree's root from its stored leaves, compares it with the stored root and keeps the outcome; for
/// whoever may see the snapshot. Two verifications of one tree at once are both kept (the loser runs again).
/// </summary>
public sealed record VerifyMerkleTreeCommand(string TreeId) : ICommand<MerkleVerificationResponse>, IRetryOnConcurrentUpdate;

internal sealed class VerifyMerkleTreeCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    SnapshotAccess access,
    ISnapshotRepository snapshots,
    TimeProvider clock) : ICommandHandler<VerifyMerkleTreeCommand, MerkleVerificationResponse>
{
    public async ValueTask<MerkleVerificationResponse> Handle(VerifyMerkleTreeCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var visible = await access.LoadVisibleByTreeAsync(command.TreeId, caller, cancellationToken);
        var snapshot = await snapshots.GetByTreeIdAsync(visible.Tree.Id, cancellationToken) ?? throw SnapshotErrors.TreeNotFound();
        return MerkleVerificationResponse.From(snapshot.Tree.Verify(caller.Id, clock.GetUtcNow()));
    }
}
