using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.AddMember;

/// <summary>
/// Adds a registered user with a built-in role (owner/admin/member/viewer) and its default permissions. Needs
/// Invite, and the caller must hold every permission the role gives.
/// </summary>
public sealed record AddMemberCommand : ICommand<CircuitResponse>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string MemberId { get; init; } = string.Empty;
    public string Role { get; init; } = string.Empty;
}

internal sealed class AddMemberCommandHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : ICommandHandler<AddMemberCommand, CircuitResponse>
{
    public async ValueTask<CircuitResponse> Handle(AddMemberCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var role = CircuitText.ParseRole(command.Role);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.AddMember, now, cancellationToken);
        CircuitAccess.EnsureMayGrant(circuit, caller.Id, CircuitPermissions.DefaultsFor(role));
        _ = await users.GetByIdAsync(command.MemberId, cancellationToken) ?? throw CircuitErrors.UserNotFound();
        circuit.AddMember(command.MemberId, role, caller.Id, now);
        return CircuitResponse.From(circuit, caller.Id);
    }
}
