using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.RejectOperation;

/// <summary>
/// Rejects a pending push or pull (<c>POST /api/circuits/operations/:operation_id/reject</c>): the reason, the
/// rejecter (the caller, decision 14) and the time go into the operation's metadata; the circuit is untouched.
/// Needs ManageMembers.
/// </summary>
public sealed record RejectOperationCommand(string OperationId, string? Reason)
    : ICommand<CircuitOperationResponse>, IRetryOnConcurrentUpdate;

internal sealed class RejectOperationCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    CircuitOperationDecisions decisions) : ICommandHandler<RejectOperationCommand, CircuitOperationResponse>
{
    public async ValueTask<CircuitOperationResponse> Handle(RejectOperationCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var (_, operation) = await decisions.RejectAsync(
            OperationRef.ToOperation(command.OperationId), caller, command.Reason, cancellationToken);
        return CircuitOperationResponse.From(operation);
    }
}
