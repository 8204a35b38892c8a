using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.UpdateCustomRole;

/// <summary>
/// Changes a custom role (not Owner or Member); new permissions reach every member holding the role. Needs
/// ManageRoles and every permission put in the role.
/// </summary>
public sealed record UpdateCustomRoleCommand : ICommand<CustomRoleResponse>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string RoleName { get; init; } = string.Empty;
    public IReadOnlyList<string>? Permissions { get; init; }
    public string? Description { get; init; }
    public string? Color { get; init; }
}

internal sealed class UpdateCustomRoleCommandHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : ICommandHandler<UpdateCustomRoleCommand, CustomRoleResponse>
{
    public async ValueTask<CustomRoleResponse> Handle(UpdateCustomRoleCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var permissions = command.Permissions is null ? null : CircuitText.ParsePermissions(command.Permissions);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.ManageRoles, now, cancellationToken);
        CircuitAccess.EnsureMayGrant(circuit, caller.Id, permissions ?? []);
        var role = circuit.UpdateRole(command.RoleName, permissions, command.Description, command.Color, now);
        return CustomRoleResponse.From(circuit, role);
    }
}
