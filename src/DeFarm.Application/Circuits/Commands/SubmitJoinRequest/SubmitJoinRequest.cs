using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Notifications;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.SubmitJoinRequest;

/// <summary>
/// Asks to join a circuit the caller can see (a public one; members of private circuits are invited). Refused
/// for members and while a request of the caller is pending; the owner and every member holding ManageMembers
/// are notified.
/// </summary>
public sealed record SubmitJoinRequestCommand : ICommand<CircuitResponse>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string? Message { get; init; }
}

internal sealed class SubmitJoinRequestCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    Notifier notifications,
    TimeProvider clock) : ICommandHandler<SubmitJoinRequestCommand, CircuitResponse>
{
    public async ValueTask<CircuitResponse> Handle(SubmitJoinRequestCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.View, now, cancellationToken);
        JoinRequestFlow.Submit(circuit, caller.Id, command.Message, notifications, now);
        return CircuitResponse.From(circuit, caller.Id);
    }
}
