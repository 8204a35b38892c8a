using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Notifications;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.JoinPublicCircuit;

/// <summary>
/// Joins a publicly accessible circuit (404 <c>CIRCUIT_NOT_PUBLIC</c> otherwise). A protected circuit needs its
/// access password (403 when wrong). With <c>auto_approve_members</c> the caller becomes a Member at once;
/// otherwise a join request is filed and its handlers notified.
/// </summary>
public sealed record JoinPublicCircuitCommand : ICommand<JoinPublicCircuitResponse>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string? AccessPassword { get; init; }
    public string? Message { get; init; }
}

public sealed record JoinPublicCircuitResponse(bool Success, string Message, bool RequiresApproval);

internal sealed class JoinPublicCircuitCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    Notifier notifications,
    IPasswordHasher passwordHasher,
    TimeProvider clock) : ICommandHandler<JoinPublicCircuitCommand, JoinPublicCircuitResponse>
{
    public async ValueTask<JoinPublicCircuitResponse> Handle(
        JoinPublicCircuitCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadAsync(circuits, command.CircuitId, cancellationToken);
        if (!circuit.IsPubliclyAccessible(now))
        {
            throw CircuitErrors.NotPublic();
        }

        if (circuit.PublicSettings is { RequiresPassword: true, AccessPasswordHash: var hash }
            && (string.IsNullOrEmpty(command.AccessPassword) || !passwordHasher.Verify(command.AccessPassword, hash!)))
        {
            throw CircuitErrors.InvalidAccessPassword();
        }

        if (circuit.PublicSettings?.AutoApproveMembers == true)
        {
            circuit.AddMember(caller.Id, MemberRole.Member, caller.Id, now);
            return new JoinPublicCircuitResponse(true, "Automatically approved", RequiresApproval: false);
        }

        JoinRequestFlow.Submit(circuit, caller.Id, command.Message, notifications, now);
        return new JoinPublicCircuitResponse(true, "Join request submitted", RequiresApproval: true);
    }
}
