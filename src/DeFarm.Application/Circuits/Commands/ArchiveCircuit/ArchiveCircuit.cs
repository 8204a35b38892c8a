using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.ArchiveCircuit;

/// <summary>
/// The web front end's delete: archives the circuit (needs the Delete permission, which only the owner holds by
/// default). Its records stay; it leaves every list and answers 404 from then on (ADR-017).
/// </summary>
public sealed record ArchiveCircuitCommand(string CircuitId) : ICommand, IRetryOnConcurrentUpdate;

internal sealed class ArchiveCircuitCommandHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : ICommandHandler<ArchiveCircuitCommand>
{
    public async ValueTask<Unit> Handle(ArchiveCircuitCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadLiveForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.Archive, now, cancellationToken);
        circuit.Archive(now);
        return Unit.Value;
    }
}
