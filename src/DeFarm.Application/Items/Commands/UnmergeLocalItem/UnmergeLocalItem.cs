using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Items.Commands.UnmergeLocalItem;

/// <summary>
/// Makes a merged local item active again (<c>POST /api/items/local/unmerge</c>); the master keeps what it gained.
/// </summary>
public sealed record UnmergeLocalItemCommand : ICommand<UnmergeLocalItemResponse>
{
    public string MergedLid { get; init; } = string.Empty;
}

public sealed record UnmergeLocalItemResponse(string RestoredLid, string? PreviousMasterLid, LocalItemSummary RestoredItem)
{
    public bool Success => true;
}

internal sealed class UnmergeLocalItemCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IItemRepository items,
    ILidDfidMappingRepository mappings,
    TimeProvider clock) : ICommandHandler<UnmergeLocalItemCommand, UnmergeLocalItemResponse>
{
    public async ValueTask<UnmergeLocalItemResponse> Handle(
        UnmergeLocalItemCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await LocalItemLoader.LoadStillLocalAsync(
            items, mappings, Guid.Parse(command.MergedLid), caller, cancellationToken);
        var previousMaster = item.MergedIntoLocalId;
        item.UnmergeLocal(clock.GetUtcNow());
        return new UnmergeLocalItemResponse(
            item.LocalId!.Value.ToString(), previousMaster?.ToString(), LocalItemSummary.From(item));
    }
}
