using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Items.Commands.DeprecateItem;

/// <summary>Marks an item deprecated; nothing is deleted (engines-api.md §3.6). Creator or admin only.</summary>
public sealed record DeprecateItemCommand(string Dfid) : ICommand<ItemResponse>;

internal sealed class DeprecateItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    TimeProvider clock) : ICommandHandler<DeprecateItemCommand, ItemResponse>
{
    public async ValueTask<ItemResponse> Handle(DeprecateItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await itemLoader.LoadChangeableAsync(command.Dfid, caller, cancellationToken);
        item.Deprecate(clock.GetUtcNow());
        return ItemResponse.From(item);
    }
}
