using System.Text.Json.Nodes;
using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Gateway.Events;
using DeFarm.Application.Gateway.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Items.Commands.CreateDescribedItem;

/// <summary>
/// <c>POST /api/items</c> of the web front end (ADR-018): an item described by value chain, country, year and
/// metadata, with optional identifiers, pushed into <see cref="CircuitId"/> through the push pipeline when one is
/// given. Deduplication is the registry's: when an identifier is already on one of the caller's items, that item
/// is enriched with the description instead (<c>was_deduplicated</c>); without identifiers every request is a new
/// item. Records <c>Created</c> or <c>Enriched</c>; all of it in one transaction.
/// </summary>
public sealed record CreateDescribedItemCommand : ICommand<GatewayItemCreated>, IRetryOnConcurrentUpdate
{
    public string? ValueChain { get; init; }
    public string? Country { get; init; }
    public int? Year { get; init; }
    public JsonObject? Metadata { get; init; }
    public IReadOnlyList<ItemIdentifierInput>? Identifiers { get; init; }
    public string? CircuitId { get; init; }
}

internal sealed class CreateDescribedItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemRegistrar.Factory registrars,
    ICircuitRepository circuits,
    IEventRepository events,
    CircuitPushPipeline pipeline,
    TimeProvider clock) : ICommandHandler<CreateDescribedItemCommand, GatewayItemCreated>
{
    public async ValueTask<GatewayItemCreated> Handle(CreateDescribedItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = command.CircuitId is null
            ? null
            : await CircuitPushPipeline.LoadTargetAsync(circuits, command.CircuitId, caller, now, cancellationToken);

        var @namespace = ItemDescription.NamespaceOf(command.ValueChain);
        var identifiers = (command.Identifiers ?? []).Select(i => i.ToIdentifier(@namespace)).ToList();
        var data = ItemDescription.Compose(command.ValueChain!.Trim(), command.Country!.Trim(), command.Year, command.Metadata);
        var registrar = await registrars.BeginAsync(
            caller, [identifiers], now, cancellationToken, identifiersRequired: false);
        var changeId = Guid.NewGuid();
        var result = await registrar.RegisterAsync(identifiers, data, changeId, cancellationToken);
        if (result.Conflict is { } conflict)
        {
            throw conflict.ToException();
        }

        var item = result.Item!;
        var recorded = result.Minted
            ? ItemChangeEvents.Created(item, caller.Id, now)
            : ItemChangeEvents.Enriched(item, caller.Id, data.Select(pair => pair.Key), changeId, now);
        events.Add(recorded);
        if (circuit is not null)
        {
            await pipeline.PushAsync(circuit, item, caller, metadata: null, now, cancellationToken);
        }

        var details = GatewayItemDetails.From(item, [GatewayEvent.From(recorded, new Dictionary<Guid, string>())]);
        return GatewayItemCreated.From(details, wasDeduplicated: !result.Minted);
    }
}
