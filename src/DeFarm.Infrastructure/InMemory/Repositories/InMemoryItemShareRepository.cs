using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryItemShareRepository(InMemoryUnitOfWork unitOfWork) : IItemShareRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<ItemShare?> GetAsync(string dfid, string recipientUserId, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.LoadByUnique(
            Database.ItemShares, InMemoryDatabase.ItemShareRecipientConstraint, (dfid, recipientUserId)));

    public Task<bool> IsSharedWithAsync(string dfid, string userId, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            return Task.FromResult(Database.ItemShares.Rows.Any(s => s.Dfid == dfid && s.RecipientUserId == userId));
        }
    }

    public Task<IReadOnlyList<SharedItem>> ListSharedToAsync(
        string recipientUserId, int limit, int offset, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            IReadOnlyList<SharedItem> page = Database.ItemShares.Rows
                .Where(s => s.RecipientUserId == recipientUserId)
                .OrderByDescending(s => s.SharedAt).ThenBy(s => s.ShareId, StringComparer.Ordinal)
                .Skip(offset).Take(limit)
                .Select(s => Database.Items.TryGet(s.Dfid, out var item, out _)
                    ? new SharedItem(ObjectGraph.Clone(s), ObjectGraph.Clone(item))
                    : null)
                .OfType<SharedItem>()
                .ToList();
            return Task.FromResult(page);
        }
    }

    public void Add(ItemShare share) => unitOfWork.Insert(Database.ItemShares, share);
}
