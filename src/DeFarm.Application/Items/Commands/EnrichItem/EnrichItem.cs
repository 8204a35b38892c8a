using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Items.Commands.EnrichItem;

/// <summary>Adds attributes and identifiers to an item (<c>PUT /api/items/:dfid</c>); creator or admin only.</summary>
public sealed record EnrichItemCommand : ICommand<ItemResponse>
{
    public string Dfid { get; init; } = string.Empty;
    public JsonObject? EnrichedData { get; init; }
    public IReadOnlyList<IdentifierDto>? Identifiers { get; init; }
}

internal sealed class EnrichItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IItemRepository items,
    IItemShareRepository shares,
    TimeProvider clock) : ICommandHandler<EnrichItemCommand, ItemResponse>
{
    public async ValueTask<ItemResponse> Handle(EnrichItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await ItemLoader.LoadChangeableAsync(items, shares, command.Dfid, caller, cancellationToken);
        var identifiers = command.Identifiers?.Select(i => i.ToIdentifier()).ToList() ?? [];
        await EnsureNotOnOthersItemsAsync(item, identifiers, caller, cancellationToken);
        item.Enrich(command.EnrichedData, identifiers, Guid.NewGuid(), clock.GetUtcNow());
        return ItemResponse.From(item);
    }

    /// <summary>
    /// As on create: another owner's identifier may not be attached here, or it would sit on two items and send
    /// that owner's later creates to pending review.
    /// </summary>
    private async Task EnsureNotOnOthersItemsAsync(
        Item item, List<Identifier> identifiers, UserAccount caller, CancellationToken cancellationToken)
    {
        foreach (var identifier in identifiers)
        {
            foreach (var dfid in await items.FindDfidsWithIdentifierAsync(identifier, cancellationToken))
            {
                var holder = dfid == item.Dfid ? item : await items.GetByDfidAsync(dfid, cancellationToken);
                if (holder is null || !ItemAccess.CanChange(holder, caller))
                {
                    throw ItemErrors.IdentifierTaken(identifier);
                }
            }
        }
    }
}
