using DeFarm.Application.Auth;
using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Items.Commands.ShareItem;

/// <summary>
/// Makes an item visible to another user (read only). Only the item's creator or an admin may share it; sharing
/// it again with the same user answers the existing share.
/// </summary>
public sealed record ShareItemCommand : ICommand<ShareItemResponse>
{
    public string Dfid { get; init; } = string.Empty;
    public string RecipientUserId { get; init; } = string.Empty;
    public IReadOnlyList<string>? Permissions { get; init; }
}

public sealed record ShareItemResponse(string ShareId, string Dfid, string RecipientUserId, long SharedAt)
{
    public static ShareItemResponse From(ItemShare share) =>
        new(share.ShareId, share.Dfid, share.RecipientUserId, UnixTime.Seconds(share.SharedAt));
}

internal sealed class ShareItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    IItemShareRepository shares,
    TimeProvider clock) : ICommandHandler<ShareItemCommand, ShareItemResponse>
{
    public async ValueTask<ShareItemResponse> Handle(ShareItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await itemLoader.LoadVisibleAsync(command.Dfid, caller, cancellationToken);
        if (!ItemAccess.CanChange(item, caller))
        {
            throw ItemErrors.NotAllowedToShare();
        }

        var share = ItemShare.Create(item.Dfid, caller.Id, command.RecipientUserId, command.Permissions, clock.GetUtcNow());
        _ = await users.GetByIdAsync(command.RecipientUserId, cancellationToken) ?? throw AuthErrors.UserNotFound();
        if (await shares.GetAsync(item.Dfid, command.RecipientUserId, cancellationToken) is { } existing)
        {
            return ShareItemResponse.From(existing);
        }

        shares.Add(share);
        return ShareItemResponse.From(share);
    }
}
