using System.Text.Json.Serialization;
using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Events;
using DeFarm.Application.Users;
using DeFarm.Domain.Events;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.PushEvents;

/// <summary>
/// Pushes the caller's local events into a circuit as events of an item it holds
/// (<c>POST /api/circuits/:id/push-events</c>, engines-api.md §3.5), through the local-event push of the events
/// feature. Needs Push. Ids that name no local event of the caller's (unknown, someone else's, already pushed)
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
    ICircuitRepository circuits,
    ICircuitItemRepository circuitItems,
    IEventRepository events,
    LocalEventPusher pusher,
    TimeProvider clock) : ICommandHandler<PushEventsCommand, PushEventsResult>
{
    public async ValueTask<PushEventsResult> Handle(PushEventsCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.Push, clock.GetUtcNow(), cancellationToken);
        CircuitPushPipeline.EnsureActive(circuit);
        if (await circuitItems.GetAsync(circuit.Id, command.Dfid, cancellationToken) is null)
        {
            throw CircuitErrors.ItemNotInCircuit();
        }

        var locals = new List<Event>();
        foreach (var localEventId in command.LocalEventIds.Distinct())
        {
            if (await events.GetByLocalIdAsync(localEventId, cancellationToken) is { IsLocal: true } local
                && EventAccess.CanChange(local, caller))
            {
                locals.Add(local);
            }
        }

        var results = await pusher.PushAsync(locals, command.Dfid, circuit.Id, cancellationToken);
        var outcomes = locals.Zip(results, (local, result) => new PushedEventOutcome(
                local.LocalEventId!.Value, result.Event.EventId, result.Event.Dfid, result.WasDeduplicated,
                result.OriginalEventId))
            .ToList();
        var deduplicated = outcomes.Count(o => o.WasDeduplicated);
        return new PushEventsResult(true, circuit.Id, outcomes.Count - deduplicated, deduplicated, outcomes);
    }
}
