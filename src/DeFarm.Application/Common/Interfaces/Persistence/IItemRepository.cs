using DeFarm.Domain.Items;

namespace DeFarm.Application.Common.Interfaces.Persistence;

public interface IItemRepository
{
    /// <summary>The item with this DFID or <c>LID-…</c> id, tracked for changes.</summary>
    Task<Item?> GetByDfidAsync(string dfid, CancellationToken cancellationToken);

    /// <summary>
    /// For each identifier, in order, the DFIDs of at most two tokenized (non-local) items carrying it (same
    /// namespace, key, value and kind), oldest first. Two are enough to tell "none", "one" and "conflict" apart.
    /// </summary>
    Task<IReadOnlyList<IReadOnlyList<string>>> FindHoldersAsync(
        IReadOnlyList<Identifier> identifiers, CancellationToken cancellationToken);

    /// <summary>How many items the user created since <paramref name="since"/> (tier limit per month).</summary>
    Task<int> CountCreatedSinceAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken);

    void Add(Item item);

    /// <summary>
    /// The workspace's local items that are not merged into another one, tracked for changes, oldest first
    /// (filtered in the store, by the workspace index).
    /// </summary>
    Task<IReadOnlyList<Item>> ListUnmergedLocalItemsAsync(string workspaceId, CancellationToken cancellationToken);
}
