using System.Text.Json.Nodes;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Items;

/// <summary>The <c>{success: true, data: …}</c> envelope of the local-item routes (engines-api.md §4.4).</summary>
public sealed record SuccessResponse<T>(T Data)
{
    public bool Success => true;
}

/// <summary>A local item as merge and unmerge report it; <c>last_modified</c> is ISO 8601.</summary>
public sealed record LocalItemSummary(string Dfid, string LocalId, JsonObject EnrichedData, DateTimeOffset LastModified)
{
    public static LocalItemSummary From(Item item) => new(
        item.Dfid, item.LocalId?.ToString() ?? "N/A", (JsonObject)item.EnrichedData.DeepClone(), item.LastModified);
}

/// <summary>Groups of local items sharing their first canonical identifier (engines-api.md §3.2).</summary>
internal static class LocalDuplicates
{
    public sealed record Group(Identifier Identifier, IReadOnlyList<Item> Items)
    {
        public string IdentifierKey => $"{Identifier.Namespace}:{Identifier.Key}";

        /// <summary>The oldest item, which organize keeps as master.</summary>
        public Item Master => Items[0];
    }

    /// <param name="items">Unmerged local items, oldest first; each group keeps that order.</param>
    public static IReadOnlyList<Group> Find(IReadOnlyList<Item> items) =>
        items
            .Select(item => (Item: item, Identifier: item.FindFirstCanonicalIdentifier()))
            .Where(x => x.Identifier is not null)
            .GroupBy(x => (x.Identifier!.Namespace, x.Identifier.Key, x.Identifier.Value))
            .Where(g => g.Count() > 1)
            .Select(g => new Group(g.First().Identifier!, g.Select(x => x.Item).ToList()))
            .ToList();
}
