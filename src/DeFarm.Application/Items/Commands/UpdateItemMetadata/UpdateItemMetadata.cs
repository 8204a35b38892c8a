using System.Text.Json.Nodes;
using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Gateway.Items;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Items.Commands.UpdateItemMetadata;

/// <summary>
/// <c>PUT /api/items/{id}</c> of the web front end (spa-contract §4 item 7, ADR-018). <c>metadata.circuit_id</c>
/// pushes the item into that circuit through the push pipeline and is never stored; when it is the only key the
/// metadata is left as it is (a push needs the Push permission and an item the caller may see). Otherwise the
/// metadata is replaced by the other keys (creator or admin only) and an <c>Updated</c> event names the fields
/// that changed; saving unchanged metadata changes nothing. The description fields are kept. One transaction.
/// </summary>
public sealed record UpdateItemMetadataCommand : ICommand<GatewayItem>, IRetryOnConcurrentUpdate
{
    public string Id { get; init; } = string.Empty;
    public JsonObject? Metadata { get; init; }
}

internal sealed class UpdateItemMetadataCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    ICircuitRepository circuits,
    IEventRepository events,
    PushableItems pushableItems,
    CircuitPushPipeline pipeline,
    TimeProvider clock) : ICommandHandler<UpdateItemMetadataCommand, GatewayItem>
{
    public async ValueTask<GatewayItem> Handle(UpdateItemMetadataCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var metadata = (JsonObject)command.Metadata!.DeepClone();
        var circuitId = metadata.Remove(ItemMetadataRules.CircuitIdKey, out var target) ? target!.GetValue<string>() : null;

        Item item;
        if (circuitId is not null && metadata.Count == 0)
        {
            item = await pushableItems.LoadAsync(command.Id, caller, cancellationToken);
        }
        else
        {
            item = await itemLoader.LoadChangeableAsync(command.Id, caller, cancellationToken);
            ReplaceMetadata(item, metadata, caller.Id, now);
        }

        if (circuitId is not null)
        {
            var circuit = await CircuitPushPipeline.LoadTargetAsync(circuits, circuitId, caller, now, cancellationToken);
            // Local items reach a circuit through push-local, which gives them a DFID; here they are 404.
            await pipeline.PushAsync(
                circuit, await pushableItems.LoadAsync(item.Dfid, caller, cancellationToken), caller, metadata: null, now,
                cancellationToken);
        }

        return GatewayItem.From(item);
    }

    private void ReplaceMetadata(Item item, JsonObject metadata, string actorId, DateTimeOffset now)
    {
        var changed = ChangedKeys(ItemDescription.MetadataOf(item), metadata);
        if (changed.Count == 0)
        {
            return;
        }

        var changeId = Guid.NewGuid();
        item.ReplaceEnrichedData(ItemDescription.WithMetadata(item, metadata), changeId, now);
        events.Add(ItemChangeEvents.Updated(item, actorId, changed, changeId, now));
    }

    /// <summary>Keys added, changed or removed, in the new metadata's order and then the removed ones.</summary>
    private static List<string> ChangedKeys(JsonObject before, JsonObject after) =>
        after.Where(pair => !before.TryGetPropertyValue(pair.Key, out var old) || !JsonNode.DeepEquals(old, pair.Value))
            .Select(pair => pair.Key)
            .Concat(before.Select(pair => pair.Key).Where(key => !after.ContainsKey(key)))
            .ToList();
}
