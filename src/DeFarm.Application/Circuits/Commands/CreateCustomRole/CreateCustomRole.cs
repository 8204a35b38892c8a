using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.CreateCustomRole;

/// <summary>Adds a named permission set to the circuit; needs ManageRoles and every permission put in it.</summary>
public sealed record CreateCustomRoleCommand : ICommand<CustomRoleResponse>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string RoleName { get; init; } = string.Empty;
    public IReadOnlyList<string> Permissions { get; init; } = [];
    public string? Description { get; init; }
    public string? Color { get; init; }
}

internal sealed class CreateCustomRoleCommandHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : ICommandHandler<CreateCustomRoleCommand, CustomRoleResponse>
{
    public async ValueTask<CustomRoleResponse> Handle(CreateCustomRoleCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var permissions = CircuitText.ParsePermissions(command.Permissions);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.ManageRoles, now, cancellationToken);
        CircuitAccess.EnsureMayGrant(circuit, caller.Id, permissions);
        var role = circuit.CreateRole(
            command.RoleName, permissions, command.Description ?? string.Empty, command.Color, caller.Id, now);
        return CustomRoleResponse.From(circuit, role);
    }
}
