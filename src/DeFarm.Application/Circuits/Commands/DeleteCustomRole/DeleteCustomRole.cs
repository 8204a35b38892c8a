using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.DeleteCustomRole;

/// <summary>Removes a custom role nobody holds; the default roles stay (400, decision 23). Needs ManageRoles.</summary>
public sealed record DeleteCustomRoleCommand(string CircuitId, string RoleName)
    : ICommand<SuccessResponse>, IRetryOnConcurrentUpdate;

internal sealed class DeleteCustomRoleCommandHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : ICommandHandler<DeleteCustomRoleCommand, SuccessResponse>
{
    public async ValueTask<SuccessResponse> Handle(DeleteCustomRoleCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.ManageRoles, now, cancellationToken);
        circuit.DeleteRole(command.RoleName, now);
        return new SuccessResponse(true, $"Custom role '{command.RoleName}' deleted successfully");
    }
}
