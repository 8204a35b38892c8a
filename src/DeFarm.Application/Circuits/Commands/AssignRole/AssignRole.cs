using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.AssignRole;

/// <summary>
/// Gives a member one of the circuit's custom roles (named by <c>custom_role_name</c>, else <c>role</c>): its
/// permissions replace the member's. Needs ManageMembers and every permission of the role.
/// </summary>
public sealed record AssignRoleCommand : ICommand<CircuitResponse>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string MemberId { get; init; } = string.Empty;
    public string? Role { get; init; }
    public string? CustomRoleName { get; init; }
}

internal sealed class AssignRoleCommandHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : ICommandHandler<AssignRoleCommand, CircuitResponse>
{
    public async ValueTask<CircuitResponse> Handle(AssignRoleCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.AssignRole, now, cancellationToken);
        var roleName = command.CustomRoleName ?? command.Role!;
        if (circuit.RoleNamed(roleName) is { } role)
        {
            CircuitAccess.EnsureMayGrant(circuit, caller.Id, role.Permissions);
        }

        circuit.AssignRole(command.MemberId, roleName, now);
        return CircuitResponse.From(circuit, caller.Id);
    }
}
