using System.Text.Json.Nodes;
using DeFarm.Application.Common;
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
    ItemLoader itemLoader,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<EnrichItemCommand, ItemResponse>
{
    public async ValueTask<ItemResponse> Handle(EnrichItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await itemLoader.LoadChangeableAsync(command.Dfid, caller, cancellationToken);
        var identifiers = command.Identifiers?.Select(i => i.ToIdentifier()).ToList() ?? [];
        await EnsureNotOnOthersItemsAsync(identifiers, caller, cancellationToken);
        item.Enrich(command.EnrichedData, identifiers, Guid.NewGuid(), clock.GetUtcNow());
        return ItemResponse.From(item);
    }

    /// <summary>
    /// As on create: another owner's identifier may not be attached here, or it would sit on two items and send
    /// that owner's later creates to pending review. Locked like a create, so neither can slip in between.
    /// </summary>
    private async Task EnsureNotOnOthersItemsAsync(
        List<Identifier> identifiers, UserAccount caller, CancellationToken cancellationToken)
    {
        await unitOfWork.LockAsync(LockKeys.ForIdentifiers(identifiers), cancellationToken);
        var holders = await items.FindHoldersAsync(identifiers, cancellationToken);
        foreach (var (identifier, dfids) in identifiers.Zip(holders))
        {
            // The enriched item is among the holders when it already carries the identifier; it is the caller's.
            foreach (var dfid in dfids)
            {
                await itemLoader.LoadIdentifierHolderAsync(dfid, identifier, caller, cancellationToken);
            }
        }
    }
}
