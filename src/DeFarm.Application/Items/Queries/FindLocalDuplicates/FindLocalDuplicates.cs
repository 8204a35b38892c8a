using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Items.Queries.FindLocalDuplicates;

/// <summary>
/// Duplicate groups among the caller's workspace local items that are not merged (<c>GET /api/items/local/duplicates</c>):
/// items sharing their first canonical identifier, with the keys whose values differ and the oldest as master.
/// </summary>
public sealed record FindLocalDuplicatesQuery : IQuery<LocalDuplicatesResponse>;

public sealed record DuplicateItem(
    string LocalId, string Dfid, DateTimeOffset Created, JsonObject EnrichedData, int IdentifiersCount);

public sealed record DuplicateGroup(
    string IdentifierKey, string IdentifierValue, IReadOnlyList<DuplicateItem> Items, string SuggestedMasterLid,
    IReadOnlyList<string> Conflicts);

public sealed record DuplicatesSummary(int TotalItems, int DuplicateGroups, int ItemsInDuplicates);

public sealed record LocalDuplicatesResponse(IReadOnlyList<DuplicateGroup> DuplicateGroups, DuplicatesSummary Summary)
{
    public bool Success => true;
}

internal sealed class FindLocalDuplicatesQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IItemRepository items) : IQueryHandler<FindLocalDuplicatesQuery, LocalDuplicatesResponse>
{
    public async ValueTask<LocalDuplicatesResponse> Handle(
        FindLocalDuplicatesQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var localItems = caller.WorkspaceId is null
            ? []
            : await items.ListUnmergedLocalItemsAsync(caller.WorkspaceId, cancellationToken);
        var groups = LocalDuplicates.Find(localItems).Select(ToDto).ToList();
        return new LocalDuplicatesResponse(
            groups, new DuplicatesSummary(localItems.Count, groups.Count, groups.Sum(g => g.Items.Count)));
    }

    private static DuplicateGroup ToDto(LocalDuplicates.Group group) => new(
        group.IdentifierKey,
        group.Identifier.Value,
        group.Items.Select(item => new DuplicateItem(
            item.LocalId!.Value.ToString(), item.Dfid, item.CreatedAt, (JsonObject)item.EnrichedData.DeepClone(),
            item.Identifiers.Count)).ToList(),
        group.Master.LocalId!.Value.ToString(),
        Conflicts(group.Items));

    /// <summary>Keys of the first item whose value differs in any other item that has the key.</summary>
    private static List<string> Conflicts(IReadOnlyList<Item> items) =>
        items[0].EnrichedData
            .Where(entry => items.Skip(1).Any(other =>
                other.EnrichedData.TryGetPropertyValue(entry.Key, out var value) && !JsonNode.DeepEquals(value, entry.Value)))
            .Select(entry => entry.Key)
            .ToList();
}
