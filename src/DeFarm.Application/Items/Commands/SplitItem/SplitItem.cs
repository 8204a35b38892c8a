using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Items.Commands.SplitItem;

/// <summary>
/// Moves some identifiers of an item to a new item with a fresh DFID; the original is marked Split
/// (engines-api.md §3.6). Creator or admin only; the new item belongs to the caller.
/// </summary>
public sealed record SplitItemCommand : ICommand<SplitItemResponse>
{
    public string Dfid { get; init; } = string.Empty;
    public IReadOnlyList<IdentifierDto> IdentifiersForNewItem { get; init; } = [];
}

public sealed record SplitItemResponse(ItemResponse OriginalItem, ItemResponse NewItem);

internal sealed class SplitItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IItemRepository items,
    ItemLoader itemLoader,
    IDfidGenerator dfids,
    TimeProvider clock) : ICommandHandler<SplitItemCommand, SplitItemResponse>
{
    public async ValueTask<SplitItemResponse> Handle(SplitItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var original = await itemLoader.LoadChangeableAsync(command.Dfid, caller, cancellationToken);
        var identifiers = command.IdentifiersForNewItem.Select(i => i.ToIdentifier()).ToList();
        var newItem = original.SplitOff(
            await dfids.NextAsync(cancellationToken), identifiers, caller.Id, caller.WorkspaceId, clock.GetUtcNow());
        items.Add(newItem);
        return new SplitItemResponse(ItemResponse.From(original), ItemResponse.From(newItem));
    }
}
