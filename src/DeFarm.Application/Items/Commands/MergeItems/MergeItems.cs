using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Items.Commands.MergeItems;

/// <summary>
/// Folds the secondary item into the primary (engines-api.md §3.6); the secondary is marked Merged. The caller
/// must be allowed to change both.
/// </summary>
public sealed record MergeItemsCommand(string PrimaryDfid, string SecondaryDfid) : ICommand<ItemResponse>;

internal sealed class MergeItemsCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    TimeProvider clock) : ICommandHandler<MergeItemsCommand, ItemResponse>
{
    public async ValueTask<ItemResponse> Handle(MergeItemsCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var primary = await itemLoader.LoadChangeableAsync(command.PrimaryDfid, caller, cancellationToken);
        var secondary = await itemLoader.LoadChangeableAsync(command.SecondaryDfid, caller, cancellationToken);
        primary.MergeFrom(secondary, clock.GetUtcNow());
        return ItemResponse.From(primary);
    }
}
