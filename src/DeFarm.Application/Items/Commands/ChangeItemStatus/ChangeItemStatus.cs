using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Gateway.Items;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Items.Commands.ChangeItemStatus;

/// <summary>
/// <c>PUT /api/items/{id}/status</c> of the web front end: deprecates or archives the item (ADR-018; nothing is
/// deleted), creator or admin only. A real change records a <c>StatusChanged</c> event; setting the status the
/// item already has changes nothing.
/// </summary>
public sealed record ChangeItemStatusCommand : ICommand<GatewayItem>
{
    public static readonly IReadOnlyDictionary<string, ItemStatus> Settable =
        new Dictionary<string, ItemStatus>(StringComparer.OrdinalIgnoreCase)
        {
            ["deprecated"] = ItemStatus.Deprecated,
            ["archived"] = ItemStatus.Archived,
        };

    public string Id { get; init; } = string.Empty;

    /// <summary><c>deprecated</c> or <c>archived</c>, in any case.</summary>
    public string? Status { get; init; }
}

internal sealed class ChangeItemStatusCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    IEventRepository events,
    TimeProvider clock) : ICommandHandler<ChangeItemStatusCommand, GatewayItem>
{
    public async ValueTask<GatewayItem> Handle(ChangeItemStatusCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await itemLoader.LoadChangeableAsync(command.Id, caller, cancellationToken);
        var now = clock.GetUtcNow();
        var previous = item.Status;
        switch (ChangeItemStatusCommand.Settable[command.Status!.Trim()])
        {
            case ItemStatus.Deprecated:
                item.Deprecate(now);
                break;
            case ItemStatus.Archived:
                item.Archive(now);
                break;
        }

        if (item.Status != previous)
        {
            events.Add(ItemChangeEvents.StatusChanged(item, previous, caller.Id, now));
        }

        return GatewayItem.From(item);
    }
}
