using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Items;

public static class LocalItemErrors
{
    /// <summary>Also what a caller gets for another workspace's local item.</summary>
    public static NotFoundException NotFound() => new("local_item_not_found", "Local item not found");

    public static Domain.Common.BusinessRuleException AlreadyPushed(Guid localId) => Item.AlreadyTokenized(localId);

    /// <summary>A merged local item lives on in the one it was merged into; that one is pushed instead.</summary>
    public static Domain.Common.BusinessRuleException MergedCannotBePushed(Item merged) => new(
        "local_item_merged", $"Cannot push: {merged.LocalId} is merged into {merged.MergedIntoLocalId}");

    public static string InvalidLocalId => "Invalid local_id format";

    public static string InvalidMergeStrategy(string? provided) =>
        $"Invalid merge_strategy '{provided}'; allowed: {string.Join(", ", MergeStrategies.Names)}";
}
