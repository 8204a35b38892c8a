using DeFarm.Domain.Storage;

namespace DeFarm.Application.Common.Interfaces.Persistence;

public interface IStorageHistoryRepository
{
    /// <summary>The item's storage history with its records, tracked for changes; <c>null</c> when nothing was stored.</summary>
    Task<ItemStorageHistory?> GetByDfidAsync(string dfid, CancellationToken cancellationToken);

    /// <summary>
    /// Stages a new history. Two requests starting the history of one item at once: the later commit fails with
    /// <see cref="Exceptions.ConcurrentUpdateException"/>, as a stale update does.
    /// </summary>
    void Add(ItemStorageHistory history);
}
