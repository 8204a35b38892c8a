using System.Text.Json.Nodes;
using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.PushLocalItem;

/// <summary>
/// Tokenizes the caller's local item and pushes it to a circuit (<c>POST /api/circuits/:id/push-local</c>,
/// engines-api.md §3.3 with decisions 4–11). The stored local item is used, the request's identifiers added and
/// its data merged over the stored data (request wins); the circuit's alias requirements apply; the item gets a
/// DFID (minted or an existing one enriched) and then goes through the push pipeline. One transaction.
/// </summary>
public sealed record PushLocalItemCommand : ICommand<SuccessData<PushLocalItemResult>>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string LocalId { get; init; } = string.Empty;
    public IReadOnlyList<IdentifierDto>? Identifiers { get; init; }
    public JsonObject? EnrichedData { get; init; }
}

/// <param name="Status"><c>NewItemCreated</c> or <c>ExistingItemEnriched</c>.</param>
public sealed record PushLocalItemResult(string Dfid, string Status, Guid OperationId, string LocalId);

internal sealed class PushLocalItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    IItemRepository items,
    LocalItemTokenizer tokenizer,
    CircuitPushPipeline pipeline,
    TimeProvider clock) : ICommandHandler<PushLocalItemCommand, SuccessData<PushLocalItemResult>>
{
    public async ValueTask<SuccessData<PushLocalItemResult>> Handle(
        PushLocalItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.Push, now, cancellationToken);
        CircuitPushPipeline.EnsureMayPushTo(circuit, caller);
        var requestIdentifiers = (command.Identifiers ?? []).Select(i => i.ToIdentifier()).ToList();

        var localItem = await LocalItemLoader.LoadAsync(items, Guid.Parse(command.LocalId), caller, cancellationToken);
        if (localItem.Status == ItemStatus.MergedInto)
        {
            throw LocalItemErrors.MergedCannotBePushed(localItem);
        }

        var identifiers = localItem.Identifiers.Concat(requestIdentifiers).Distinct().ToList();
        var data = (JsonObject)localItem.EnrichedData.DeepClone();
        Domain.Items.EnrichedData.MergeInto(data, command.EnrichedData);
        circuit.AliasConfig?.EnsureSatisfiedBy(identifiers);

        var tokenization = await tokenizer.TokenizeAsync(
            circuit, localItem, identifiers, data, caller, now, cancellationToken);
        var metadata = new JsonObject
        {
            [CircuitPushPipeline.LocalIdKey] = command.LocalId,
            [CircuitPushPipeline.TokenizationKey] = tokenization.Status,
        };
        var operation = await pipeline.PushAsync(circuit, tokenization.Item, caller, metadata, now, cancellationToken);
        return SuccessData<PushLocalItemResult>.Of(new PushLocalItemResult(
            tokenization.Item.Dfid, tokenization.Status, operation.OperationId, localItem.LocalId!.Value.ToString()));
    }
}
