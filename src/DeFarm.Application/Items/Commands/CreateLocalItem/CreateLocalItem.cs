using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Items.Commands.CreateLocalItem;

/// <summary>
/// Creates a workspace-local item with a fresh LID (<c>POST /api/items/local</c>, engines-api.md §3.2). No
/// deduplication; counts toward the monthly item limit like <c>POST /api/items</c>.
/// </summary>
public sealed record CreateLocalItemCommand : ICommand<SuccessResponse<LocalItemCreatedData>>
{
    public IReadOnlyList<IdentifierDto>? Identifiers { get; init; }
    public JsonObject? EnrichedData { get; init; }
}

public sealed record LocalItemCreatedData(string LocalId, string Status);

internal sealed class CreateLocalItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IItemRepository items,
    TimeProvider clock) : ICommandHandler<CreateLocalItemCommand, SuccessResponse<LocalItemCreatedData>>
{
    public async ValueTask<SuccessResponse<LocalItemCreatedData>> Handle(
        CreateLocalItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var identifiers = (command.Identifiers ?? []).Select(i => i.ToIdentifier()).ToList();
        await ItemTierLimit.EnsureWithinMonthlyLimitAsync(items, caller, now, cancellationToken);

        var item = Item.CreateLocal(
            Guid.NewGuid(), identifiers, command.EnrichedData, Guid.NewGuid(), caller.Id, caller.WorkspaceId, now);
        items.Add(item);
        return new SuccessResponse<LocalItemCreatedData>(new LocalItemCreatedData(item.LocalId!.Value.ToString(), "LocalOnly"));
    }
}
