using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.UpdateCircuit;

/// <summary>Changes the name, description and approval/visibility flags given; the rest keeps its value.</summary>
public sealed record UpdateCircuitCommand : ICommand<CircuitResponse>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string? Name { get; init; }
    public string? Description { get; init; }
    public CircuitFlagsRequest? Permissions { get; init; }
}

public sealed record CircuitFlagsRequest(
    bool? RequireApprovalForPush, bool? RequireApprovalForPull, bool? AllowPublicVisibility);

internal sealed class UpdateCircuitCommandHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : ICommandHandler<UpdateCircuitCommand, CircuitResponse>
{
    public async ValueTask<CircuitResponse> Handle(UpdateCircuitCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.Update, now, cancellationToken);
        circuit.Update(
            command.Name, command.Description, command.Permissions?.RequireApprovalForPush,
            command.Permissions?.RequireApprovalForPull, command.Permissions?.AllowPublicVisibility, now);
        return CircuitResponse.From(circuit, caller.Id);
    }
}
