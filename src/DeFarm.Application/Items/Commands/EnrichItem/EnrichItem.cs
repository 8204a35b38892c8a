using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
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
        item.Enrich(
            command.EnrichedData, command.Identifiers?.Select(i => i.ToIdentifier()), Guid.NewGuid(), clock.GetUtcNow());
        return ItemResponse.From(item);
    }
}
