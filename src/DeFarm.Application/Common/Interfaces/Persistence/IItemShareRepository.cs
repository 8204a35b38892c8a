using DeFarm.Domain.Items;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>A share and the item it makes visible, as listed for the recipient.</summary>
public sealed record SharedItem(ItemShare Share, Item Item);

/// <summary>Item shares (decision 21: persisted). At most one share per (DFID, recipient), enforced by the store.</summary>
public interface IItemShareRepository
{
    /// <summary>The share of this item with this recipient, if any.</summary>
    Task<ItemShare?> GetAsync(string dfid, string recipientUserId, CancellationToken cancellationToken);

    Task<bool> IsSharedWithAsync(string dfid, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// What was shared with <paramref name="recipientUserId"/>, newest first, with the items (read-only copies),
    /// skipping <paramref name="offset"/> and taking at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<SharedItem>> ListSharedToAsync(
        string recipientUserId, int limit, int offset, CancellationToken cancellationToken);

    void Add(ItemShare share);
}
