using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Events.Commands.PushLocalEventToCircuit;

/// <summary>
/// Pushes the caller's local event into a circuit as an event of <see cref="TargetDfid"/> (engines-api.md §3.5,
/// "Pushing local events"): one event, where <c>POST /api/circuits/:id/push-events</c> pushes several. Both go
/// through <see cref="LocalEventPusher"/>, which refuses an unknown or unseen circuit (404), a caller without
/// Push (403), an inactive circuit (400) and a target the circuit does not hold (404) before anything is stored.
/// Unlike the route, a local event that is not the caller's (404) or was already pushed (409) is an error here.
/// </summary>
public sealed record PushLocalEventToCircuitCommand : ICommand<PushLocalEventResult>
{
    public Guid LocalEventId { get; init; }
    public string TargetDfid { get; init; } = string.Empty;
    public Guid CircuitId { get; init; }
}

/// <summary>
/// The event that now holds the content: the existing twin (<see cref="WasDeduplicated"/>, with the keys it
/// gained from the local event in <see cref="MergedKeys"/>) or the re-labelled local event.
/// </summary>
/// <remarks>
/// The twin is found by content hash, which covers the whole metadata, so today it never lacks a key and
/// <see cref="WasMerged"/> stays false; the merge is kept (as in the original) for when the hash stops
/// covering every key, and is unit-tested on <c>Event.AddMissingMetadata</c>.
/// </remarks>
public sealed record PushLocalEventResult(
    EventResponse Event,
    bool WasDeduplicated,
    Guid? OriginalEventId,
    bool WasMerged,
    IReadOnlyList<string> MergedKeys);

internal sealed class PushLocalEventToCircuitCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IEventRepository events,
    LocalEventPusher pusher) : ICommandHandler<PushLocalEventToCircuitCommand, PushLocalEventResult>
{
    public async ValueTask<PushLocalEventResult> Handle(
        PushLocalEventToCircuitCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var local = await events.GetByLocalIdAsync(command.LocalEventId, cancellationToken);
        if (local is null || !EventAccess.CanChange(local, caller))
        {
            throw EventErrors.LocalNotFound();
        }

        if (!local.IsLocal)
        {
            throw new ConflictException("event_not_local", "The local event was already pushed to a circuit");
        }

        var pushed = await pusher.PushAsync(
            caller, command.CircuitId.ToString(), command.TargetDfid, [command.LocalEventId], cancellationToken);
        return pushed.Events.Single().Result;
    }
}
