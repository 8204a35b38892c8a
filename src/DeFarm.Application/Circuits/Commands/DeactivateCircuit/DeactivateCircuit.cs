using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.DeactivateCircuit;

/// <summary>Marks the circuit Inactive (nothing is deleted); it then no longer counts toward the tier limit.</summary>
public sealed record DeactivateCircuitCommand(string CircuitId) : ICommand<CircuitResponse>, IRetryOnConcurrentUpdate;

internal sealed class DeactivateCircuitCommandHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : ICommandHandler<DeactivateCircuitCommand, CircuitResponse>
{
    public async ValueTask<CircuitResponse> Handle(DeactivateCircuitCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.Deactivate, now, cancellationToken);
        circuit.Deactivate(now);
        return CircuitResponse.From(circuit, caller.Id);
    }
}
