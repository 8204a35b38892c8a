using DeFarm.Domain.Items;

namespace DeFarm.Application.Common.Interfaces.Persistence;

public interface IItemRepository
{
    /// <summary>The item with this DFID or <c>LID-…</c> id, tracked for changes.</summary>
    Task<Item?> GetByDfidAsync(string dfid, CancellationToken cancellationToken);

    /// <summary>DFIDs of the tokenized (non-local) items carrying exactly this identifier.</summary>
    Task<IReadOnlyList<string>> FindDfidsWithIdentifierAsync(Identifier identifier, CancellationToken cancellationToken);

    /// <summary>How many items the user created since <paramref name="since"/> (tier limit per month).</summary>
    Task<int> CountCreatedSinceAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken);

    void Add(Item item);

    /// <summary>
    /// The workspace's local items that are not merged into another one, tracked for changes, oldest first
    /// (filtered in the store, by the workspace index).
    /// </summary>
    Task<IReadOnlyList<Item>> ListUnmergedLocalItemsAsync(string workspaceId, CancellationToken cancellationToken);
}
