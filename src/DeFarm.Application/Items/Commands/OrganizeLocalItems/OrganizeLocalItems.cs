using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Common;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Items.Commands.OrganizeLocalItems;

/// <summary>
/// Merges every duplicate group of the caller's workspace into its oldest item (<c>POST /api/items/local/organize</c>,
/// engines-api.md §3.2). <c>deduplicate</c> and <c>merge_all</c> behave alike; <c>namespace</c> is accepted and
/// ignored, as in the original. A group the merge rules refuse (one of its items was pushed to a circuit, as
/// <c>POST /api/items/local/merge</c> would answer) is reported as <c>error</c> with the reason and left as it is.
/// A dry run stores nothing and reports each group as <c>would_merge</c> or <c>error</c>, with the summary the real
/// run would give. All groups commit in one transaction.
/// </summary>
public sealed record OrganizeLocalItemsCommand : ICommand<OrganizeLocalItemsResponse>
{
    public static readonly IReadOnlyList<string> Actions = ["deduplicate", "merge_all"];

    public string Action { get; init; } = string.Empty;
    public bool DryRun { get; init; }
    public string? MergeStrategy { get; init; }
    public string? Namespace { get; init; }
}

public sealed record OrganizeOperation(string MasterLid, IReadOnlyList<string> MergedLids, string Status, string? Reason);

public sealed record OrganizeSummary(int ItemsBefore, int ItemsAfter, int MergedCount, int GroupsProcessed);

public sealed record OrganizeLocalItemsResponse(
    IReadOnlyList<OrganizeOperation> Operations, OrganizeSummary Summary, bool DryRun)
{
    public bool Success => true;
}

internal sealed class OrganizeLocalItemsCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IItemRepository items,
    ILidDfidMappingRepository mappings,
    TimeProvider clock) : ICommandHandler<OrganizeLocalItemsCommand, OrganizeLocalItemsResponse>
{
    public async ValueTask<OrganizeLocalItemsResponse> Handle(
        OrganizeLocalItemsCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        MergeStrategies.TryParse(command.MergeStrategy, out var strategy);
        var localItems = caller.WorkspaceId is null
            ? []
            : await items.ListUnmergedLocalItemsAsync(caller.WorkspaceId, cancellationToken);
        var now = clock.GetUtcNow();
        var groups = LocalDuplicates.Find(localItems);
        var pushed = await mappings.FindMappedAsync(
            groups.SelectMany(g => g.Items).Select(i => i.LocalId!.Value).ToList(), cancellationToken);

        var operations = groups
            .Select(group => group.Items.FirstOrDefault(i => pushed.Contains(i.LocalId!.Value)) is { } pushedItem
                ? Report(group, "error", LocalItemErrors.AlreadyPushed(pushedItem.LocalId!.Value).Message)
                : command.DryRun ? Report(group, "would_merge", null)
                : Merge(group, strategy, now))
            .ToList();
        var mergedCount = operations.Where(o => o.Status != "error").Sum(o => o.MergedLids.Count);
        return new OrganizeLocalItemsResponse(
            operations,
            new OrganizeSummary(localItems.Count, localItems.Count - mergedCount, mergedCount, operations.Count),
            command.DryRun);
    }

    private static OrganizeOperation Merge(LocalDuplicates.Group group, MergeStrategy strategy, DateTimeOffset now)
    {
        try
        {
            group.Master.MergeLocal(group.Items.Skip(1).ToList(), strategy, now);
            return Report(group, "success", null);
        }
        catch (BusinessRuleException refused)
        {
            // MergeLocal checks everything before changing anything, so a refused group leaves its items as they were.
            return Report(group, "error", refused.Message);
        }
    }

    private static OrganizeOperation Report(LocalDuplicates.Group group, string status, string? reason) => new(
        group.Master.LocalId!.Value.ToString(),
        group.Items.Skip(1).Select(i => i.LocalId!.Value.ToString()).ToList(),
        status,
        reason);
}
