using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Items.Commands.MergeLocalItems;

/// <summary>
/// Folds local items into a master local item of the caller's workspace (<c>POST /api/items/local/merge</c>,
/// engines-api.md §3.2), in one transaction.
/// </summary>
public sealed record MergeLocalItemsCommand : ICommand<SuccessResponse<LocalMergeData>>
{
    public string MasterLid { get; init; } = string.Empty;
    public IReadOnlyList<string> MergeLids { get; init; } = [];

    /// <summary><c>append</c> (default), <c>keep_first</c> or <c>overwrite</c>.</summary>
    public string? MergeStrategy { get; init; }
}

public sealed record LocalMergeData(
    string MasterLid, int MergedCount, IReadOnlyList<string> MergedLids, LocalItemSummary MasterItem);

internal sealed class MergeLocalItemsCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IItemRepository items,
    ILidDfidMappingRepository mappings,
    TimeProvider clock) : ICommandHandler<MergeLocalItemsCommand, SuccessResponse<LocalMergeData>>
{
    public async ValueTask<SuccessResponse<LocalMergeData>> Handle(
        MergeLocalItemsCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        MergeStrategies.TryParse(command.MergeStrategy, out var strategy);
        var master = await LocalItemLoader.LoadStillLocalAsync(
            items, mappings, Guid.Parse(command.MasterLid), caller, cancellationToken);
        var merged = new List<Item>();
        foreach (var lid in command.MergeLids)
        {
            merged.Add(await LocalItemLoader.LoadStillLocalAsync(items, mappings, Guid.Parse(lid), caller, cancellationToken));
        }

        master.MergeLocal(merged, strategy, clock.GetUtcNow());
        var mergedLids = merged.Select(m => m.LocalId!.Value.ToString()).ToList();
        return new SuccessResponse<LocalMergeData>(new LocalMergeData(
            master.LocalId!.Value.ToString(), mergedLids.Count, mergedLids, LocalItemSummary.From(master)));
    }
}
