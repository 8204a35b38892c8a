using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.ApproveOperation;

/// <summary>
/// Approves a pending push or pull (<c>POST /api/circuits/operations/:operation_id/approve</c>): it completes with
/// every effect it deferred. The approver is the caller (<c>approver_id</c> in the body is ignored, decision 14)
/// and needs ManageMembers.
/// </summary>
public sealed record ApproveOperationCommand(string OperationId) : ICommand<CircuitOperationResponse>, IRetryOnConcurrentUpdate;

internal sealed class ApproveOperationCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    CircuitOperationDecisions decisions) : ICommandHandler<ApproveOperationCommand, CircuitOperationResponse>
{
    public async ValueTask<CircuitOperationResponse> Handle(ApproveOperationCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var (_, operation) = await decisions.ApproveAsync(OperationRef.ToOperation(command.OperationId), caller, cancellationToken);
        return CircuitOperationResponse.From(operation);
    }
}
