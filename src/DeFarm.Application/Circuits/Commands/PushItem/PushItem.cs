using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.PushItem;

/// <summary>
/// Pushes an item that already has a DFID to a circuit (<c>POST /api/circuits/:id/push/:dfid</c>, engines-api.md
/// §3.4) through the one push pipeline. The caller needs Push and must be able to see the item (404 otherwise:
/// a push would show it to every member).
/// </summary>
public sealed record PushItemCommand : ICommand<CircuitOperationResponse>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string Dfid { get; init; } = string.Empty;
}

internal sealed class PushItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    PushableItems pushableItems,
    CircuitPushPipeline pipeline,
    TimeProvider clock) : ICommandHandler<PushItemCommand, CircuitOperationResponse>
{
    public async ValueTask<CircuitOperationResponse> Handle(PushItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.Push, now, cancellationToken);
        CircuitPushPipeline.EnsureMayPushTo(circuit, caller);
        var item = await pushableItems.LoadAsync(command.Dfid, caller, cancellationToken);
        var operation = await pipeline.PushAsync(circuit, item, caller, metadata: null, now, cancellationToken);
        return CircuitOperationResponse.From(operation);
    }
}
