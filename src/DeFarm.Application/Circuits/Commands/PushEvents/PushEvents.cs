using System.Text.Json.Serialization;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Events;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.PushEvents;

/// <summary>
/// Pushes the caller's local events into a circuit as events of an item it holds
/// (<c>POST /api/circuits/:id/push-events</c>, engines-api.md §3.5), through the local-event push of the events
/// feature (<see cref="LocalEventPusher"/>, which checks the circuit and the item). Needs Push. Ids that name no local event of the caller's (unknown, someone else's, already pushed)
/// are skipped, as in the original; the rest are pushed in one transaction.
/// </summary>
public sealed record PushEventsCommand : ICommand<PushEventsResult>
{
    public const int MaxEvents = 100;

    public string CircuitId { get; init; } = string.Empty;
    public string Dfid { get; init; } = string.Empty;
    public IReadOnlyList<Guid> LocalEventIds { get; init; } = [];
}

public sealed record PushEventsResult(
    bool Success, Guid CircuitId, int EventsPushed, int EventsDeduplicated, IReadOnlyList<PushedEventOutcome> Events);

public sealed record PushedEventOutcome(
    Guid LocalEventId,
    Guid EventId,
    string Dfid,
    bool WasDeduplicated,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? OriginalEventId);

internal sealed class PushEventsCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    LocalEventPusher pusher) : ICommandHandler<PushEventsCommand, PushEventsResult>
{
    public async ValueTask<PushEventsResult> Handle(PushEventsCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var pushed = await pusher.PushAsync(caller, command.CircuitId, command.Dfid, command.LocalEventIds, cancellationToken);
        var outcomes = pushed.Events.Select(p => new PushedEventOutcome(
                p.LocalEventId, p.Result.Event.EventId, p.Result.Event.Dfid, p.Result.WasDeduplicated,
                p.Result.OriginalEventId))
            .ToList();
        var deduplicated = outcomes.Count(o => o.WasDeduplicated);
        return new PushEventsResult(true, pushed.CircuitId, outcomes.Count - deduplicated, deduplicated, outcomes);
    }
}
