using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Common;
using Mediator;

namespace DeFarm.Application.Items.Commands.ResolvePendingItem;

/// <summary>
/// Resolves one of the caller's pending items. <c>approve</c> creates the item from what was stored,
/// <c>modify</c> from the new identifiers and data where given, both by the rules of <c>POST /api/items</c>;
/// <c>reject</c> creates nothing. A pending item is resolved once.
/// </summary>
public sealed record ResolvePendingItemCommand : ICommand<ResolvePendingItemResponse>, IRetryOnConcurrentUpdate
{
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Modify = "modify";

    public string Id { get; init; } = string.Empty;
    public string Action { get; init; } = string.Empty;
    public IReadOnlyList<IdentifierDto>? NewIdentifiers { get; init; }
    public JsonObject? NewEnrichedData { get; init; }
}

public sealed record ResolvePendingItemResponse(bool Success, ItemResponse? Item, string Message);

internal sealed class ResolvePendingItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IPendingItemRepository pendingItems,
    ItemRegistrar.Factory registrars,
    TimeProvider clock) : ICommandHandler<ResolvePendingItemCommand, ResolvePendingItemResponse>
{
    public async ValueTask<ResolvePendingItemResponse> Handle(
        ResolvePendingItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var pending = await PendingItemLoader.LoadOwnAsync(pendingItems, command.Id, caller, cancellationToken);
        if (pending.IsResolved)
        {
            throw ItemErrors.PendingItemAlreadyResolved();
        }

        var now = clock.GetUtcNow();
        var action = command.Action.Trim().ToLowerInvariant();
        if (action == ResolvePendingItemCommand.Reject)
        {
            pending.Reject(now);
            return new ResolvePendingItemResponse(
                true, null, "Pending item resolved but not created (rejected or still pending)");
        }

        var modify = action == ResolvePendingItemCommand.Modify;
        var identifiers = modify && command.NewIdentifiers is not null
            ? command.NewIdentifiers.Select(i => i.ToIdentifier()).ToList()
            : pending.Identifiers.Select(i => i with { }).ToList(); // copies: an owned value has one owner
        var enrichedData = modify && command.NewEnrichedData is not null ? command.NewEnrichedData : pending.EnrichedData;
        var registrar = await registrars.BeginAsync(caller, [identifiers], now, cancellationToken);
        var result = await registrar.RegisterAsync(identifiers, enrichedData, pending.SourceEntry, cancellationToken);
        if (result.Conflict is { } conflict)
        {
            // Not stored as yet another pending item: this one stays pending, to be modified or rejected.
            throw new BusinessRuleException(
                "pending_item_still_conflicting",
                $"Pending item cannot be created yet: {PendingItemResponse.ReasonText(conflict.Reason)}: {conflict.Details}");
        }

        var item = result.Item!;
        pending.Approve(item.Dfid, now);
        return new ResolvePendingItemResponse(
            true, ItemResponse.From(item), "Pending item resolved and created successfully");
    }
}
