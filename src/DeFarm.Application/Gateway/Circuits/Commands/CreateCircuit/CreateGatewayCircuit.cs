using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Gateway.Circuits.Commands.CreateCircuit;

/// <summary>
/// Creates a circuit owned by the caller, within the tier's circuit limit as on the engines route. The type is a
/// free label; visibility defaults to private, and public opens the circuit to the public at once.
/// </summary>
public sealed record CreateGatewayCircuitCommand : ICommand<GatewayCircuit>, IRetryOnConcurrentUpdate
{
    public string Name { get; init; } = string.Empty;
    public string? Description { get; init; }
    public string? CircuitType { get; init; }
    public string? Visibility { get; init; }
}

internal sealed class CreateGatewayCircuitCommandHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : ICommandHandler<CreateGatewayCircuitCommand, GatewayCircuit>
{
    public async ValueTask<GatewayCircuit> Handle(CreateGatewayCircuitCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        await CircuitTierLimit.EnsureRoomForAnotherAsync(caller, circuits, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = Circuit.Create(command.Name, command.Description ?? string.Empty, caller.Id, now);
        circuit.ChangeType(command.CircuitType, now);
        circuit.ChangeVisibility(CircuitInputRules.ParseVisibility(command.Visibility) ?? CircuitVisibility.Private, now);
        circuits.Add(circuit);
        return GatewayCircuit.From(circuit);
    }
}
