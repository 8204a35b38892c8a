using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.RejectPendingItem;

/// <summary>
/// Rejects a pending push of the circuit (<c>POST /api/circuits/:id/pending-items/:pending_id/reject</c>): reason,
/// rejecter (the caller) and time are recorded on the operation; the circuit is untouched. Needs ManageMembers.
/// </summary>
public sealed record RejectPendingItemCommand(string CircuitId, string PendingId, string? Reason)
    : ICommand<SuccessResponse>, IRetryOnConcurrentUpdate;

internal sealed class RejectPendingItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    CircuitOperationDecisions decisions) : ICommandHandler<RejectPendingItemCommand, SuccessResponse>
{
    public async ValueTask<SuccessResponse> Handle(RejectPendingItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        await decisions.RejectAsync(
            OperationRef.ToPendingItem(command.CircuitId, command.PendingId), caller, command.Reason, cancellationToken);
        return new SuccessResponse(true, "Item rejected");
    }
}
