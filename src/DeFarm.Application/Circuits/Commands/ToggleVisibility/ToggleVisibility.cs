using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.ToggleVisibility;

/// <summary>Flips <c>allow_public_visibility</c>; the owner or a member whose role is Admin only.</summary>
public sealed record ToggleVisibilityCommand(string CircuitId) : ICommand<VisibilityResponse>, IRetryOnConcurrentUpdate;

public sealed record VisibilityResponse(
    bool Success, Guid CircuitId, string Name, string Visibility, bool AllowPublicVisibility);

internal sealed class ToggleVisibilityCommandHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : ICommandHandler<ToggleVisibilityCommand, VisibilityResponse>
{
    public async ValueTask<VisibilityResponse> Handle(ToggleVisibilityCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.ToggleVisibility, now, cancellationToken);
        var isPublic = circuit.ToggleVisibility(now);
        return new VisibilityResponse(true, circuit.Id, circuit.Name, isPublic ? "public" : "private", isPublic);
    }
}
