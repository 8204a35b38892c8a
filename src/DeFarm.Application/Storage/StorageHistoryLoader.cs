using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Domain.Storage;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Storage;

internal static class StorageHistoryLoader
{
    /// <summary>
    /// The storage history of an item the caller may see: 404 <c>item_not_found</c> when the item is missing or
    /// not theirs to see (its storage history is as private as the item), 404 <c>storage_history_not_found</c>
    /// when nothing was stored yet.
    /// </summary>
    public static async Task<ItemStorageHistory> LoadVisibleAsync(
        ItemLoader itemLoader, IStorageHistoryRepository histories, string dfid, UserAccount caller,
        CancellationToken cancellationToken)
    {
        var item = await itemLoader.LoadVisibleAsync(dfid, caller, cancellationToken);
        return await histories.GetByDfidAsync(item.Dfid, cancellationToken) ?? throw StorageErrors.NoHistory();
    }
}
