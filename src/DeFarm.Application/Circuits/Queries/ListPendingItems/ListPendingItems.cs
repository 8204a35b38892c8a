using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Circuits.Queries.ListPendingItems;

/// <summary>
/// Pushes waiting for approval, newest first, with a preview of each item (its identifiers and data) for the
/// members who decide on them.
/// </summary>
public sealed record ListPendingItemsQuery : IQuery<SuccessData<IReadOnlyList<PendingCircuitItemResponse>>>, ICircuitPage
{
    public string CircuitId { get; init; } = string.Empty;
    public int Limit { get; init; } = ICircuitPage.DefaultLimit;
    public int Offset { get; init; }
}

public sealed record PendingCircuitItemResponse(
    Guid PendingId,
    string Dfid,
    string PushedBy,
    long PushedAt,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ItemPreview? ItemPreview);

public sealed record ItemPreview(IReadOnlyList<IdentifierDto> Identifiers, JsonObject EnrichedData);

internal sealed class ListPendingItemsQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    ICircuitOperationRepository operations,
    IItemRepository items,
    TimeProvider clock) : IQueryHandler<ListPendingItemsQuery, SuccessData<IReadOnlyList<PendingCircuitItemResponse>>>
{
    public async ValueTask<SuccessData<IReadOnlyList<PendingCircuitItemResponse>>> Handle(
        ListPendingItemsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, query.CircuitId, caller.Id, CircuitAction.ViewContents, clock.GetUtcNow(), cancellationToken);
        var pending = await operations.ListAsync(
            circuit.Id, CircuitOperationType.Push, CircuitOperationStatus.Pending, query.Limit, query.Offset,
            cancellationToken);
        var responses = new List<PendingCircuitItemResponse>(pending.Count);
        foreach (var operation in pending)
        {
            var item = await items.GetByDfidAsync(operation.Dfid, cancellationToken);
            responses.Add(new PendingCircuitItemResponse(
                operation.OperationId, operation.Dfid, operation.RequesterId, UnixTime.Seconds(operation.Timestamp),
                operation.Status.ToString(),
                item is null
                    ? null
                    : new ItemPreview(
                        item.Identifiers.Select(IdentifierDto.From).ToList(), (JsonObject)item.EnrichedData.DeepClone())));
        }

        return SuccessData<IReadOnlyList<PendingCircuitItemResponse>>.Of(responses);
    }
}
