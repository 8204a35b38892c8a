using System.Globalization;
using System.Text.Json.Nodes;
using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Events;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.PullItem;

/// <summary>
/// Pulls an item the circuit holds (<c>POST /api/circuits/:id/pull/:dfid</c>, engines-api.md §3.4): answers the
/// item and the events of it the caller may see, and records a pull operation — Pending when the circuit requires
/// approval for pulls, else completed at once, which takes the item out of the circuit and records the activity
/// and the <c>PulledFromCircuit</c> event. Needs the Pull permission.
/// </summary>
public sealed record PullItemCommand : ICommand<PullItemResponse>, IRetryOnConcurrentUpdate
{
    public const int MaxEvents = 1000;

    public string CircuitId { get; init; } = string.Empty;
    public string Dfid { get; init; } = string.Empty;
}

public sealed record PullItemResponse(
    PulledItem Item, IReadOnlyList<CircuitEventResponse> Events, int EventsCount, CircuitOperationResponse Operation);

/// <summary>The item in the original's raw form: raw identifiers, RFC 3339 times, confidence score.</summary>
public sealed record PulledItem(
    string Dfid,
    IReadOnlyList<RawIdentifier> Identifiers,
    JsonObject EnrichedData,
    DateTimeOffset CreationTimestamp,
    DateTimeOffset LastModified,
    IReadOnlyList<Guid> SourceEntries,
    double ConfidenceScore,
    string Status)
{
    public static PulledItem From(Item item) => new(
        item.Dfid, item.Identifiers.Select(RawIdentifier.From).ToList(), (JsonObject)item.EnrichedData.DeepClone(),
        item.CreatedAt, item.LastModified, item.SourceEntries.Select(s => s.EntryId).ToList(), item.ConfidenceScore,
        ItemResponse.StatusText(item));
}

/// <summary>
/// The serde form of an identifier (engines-api.md §1.1): <c>id_type</c> is
/// <c>{"Canonical":{registry, verified, verification_date}}</c> or <c>{"Contextual":{scope}}</c>.
/// </summary>
public sealed record RawIdentifier(string Namespace, string Key, string Value, JsonObject IdType)
{
    public static RawIdentifier From(Identifier identifier) => new(
        identifier.Namespace, identifier.Key, identifier.Value,
        identifier.Kind == IdentifierKind.Canonical
            ? new JsonObject
            {
                ["Canonical"] = new JsonObject
                {
                    ["registry"] = identifier.Registry ?? identifier.Key,
                    ["verified"] = identifier.Verified,
                    ["verification_date"] = identifier.VerificationDate?.ToString("O", CultureInfo.InvariantCulture),
                },
            }
            : new JsonObject { ["Contextual"] = new JsonObject { ["scope"] = identifier.Scope } });
}

internal sealed class PullItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    ICircuitItemRepository circuitItems,
    IItemRepository items,
    IEventQueries events,
    ICircuitMembership membership,
    CircuitPushPipeline pipeline,
    TimeProvider clock) : ICommandHandler<PullItemCommand, PullItemResponse>
{
    public async ValueTask<PullItemResponse> Handle(PullItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.Pull, now, cancellationToken);
        CircuitPushPipeline.EnsureActive(circuit);
        if (await circuitItems.GetAsync(circuit.Id, command.Dfid, cancellationToken) is null)
        {
            throw CircuitErrors.ItemNotInCircuit();
        }

        var item = await items.GetByDfidAsync(command.Dfid, cancellationToken) ?? throw ItemErrors.NotFound();
        var viewer = await EventAccess.ViewerOfAsync(caller, membership, cancellationToken);
        var itemEvents = await events.ListAsync(
            viewer, new EventFilter(Dfid: item.Dfid), PullItemCommand.MaxEvents, 0, cancellationToken);
        var (operation, recorded) = await pipeline.PullAsync(circuit, item.Dfid, caller, now, cancellationToken);
        // The pull's own event is staged, not yet stored, so the query above cannot see it; newest first.
        var pulledEvents = (recorded is null ? itemEvents : itemEvents.Prepend(recorded))
            .Select(CircuitEventResponse.From).ToList();
        return new PullItemResponse(
            PulledItem.From(item), pulledEvents, pulledEvents.Count, CircuitOperationResponse.From(operation));
    }
}
