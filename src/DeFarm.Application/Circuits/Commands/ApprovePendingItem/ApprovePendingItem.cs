using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.ApprovePendingItem;

/// <summary>
/// Approves a pending push of the circuit (<c>POST /api/circuits/:id/pending-items/:pending_id/approve</c>; the
/// pending id is the operation id): the item joins the circuit with every effect the push deferred. The approver
/// is the caller (<c>admin_id</c> is ignored, decision 14) and needs ManageMembers.
/// </summary>
public sealed record ApprovePendingItemCommand(string CircuitId, string PendingId)
    : ICommand<PendingItemApproval>, IRetryOnConcurrentUpdate;

public sealed record PendingItemApproval(bool Success, string Message, ApprovedCircuitItem Data);

public sealed record ApprovedCircuitItem(
    Guid CircuitId, string Dfid, string PushedBy, long PushedAt, string ApprovedBy, long ApprovedAt, string Status);

internal sealed class ApprovePendingItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    CircuitOperationDecisions decisions,
    TimeProvider clock) : ICommandHandler<ApprovePendingItemCommand, PendingItemApproval>
{
    public async ValueTask<PendingItemApproval> Handle(ApprovePendingItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var (circuit, operation) = await decisions.ApproveAsync(
            OperationRef.ToPendingItem(command.CircuitId, command.PendingId), caller, cancellationToken);
        return new PendingItemApproval(
            true, "Item approved and added to circuit",
            new ApprovedCircuitItem(
                circuit.Id, operation.Dfid, operation.RequesterId, UnixTime.Seconds(operation.Timestamp), caller.Id,
                UnixTime.Seconds(clock.GetUtcNow()), "active"));
    }
}
