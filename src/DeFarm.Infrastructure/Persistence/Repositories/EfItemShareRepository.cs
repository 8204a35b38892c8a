using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfItemShareRepository(DeFarmDbContext db) : IItemShareRepository
{
    public Task<ItemShare?> GetAsync(string dfid, string recipientUserId, CancellationToken cancellationToken) =>
        db.ItemShares.FirstOrDefaultAsync(s => s.Dfid == dfid && s.RecipientUserId == recipientUserId, cancellationToken);

    public Task<bool> IsSharedWithAsync(string dfid, string userId, CancellationToken cancellationToken) =>
        db.ItemShares.AnyAsync(s => s.Dfid == dfid && s.RecipientUserId == userId, cancellationToken);

    public async Task<IReadOnlyList<SharedItem>> ListSharedToAsync(
        string recipientUserId, int limit, int offset, CancellationToken cancellationToken)
    {
        var shares = await db.ItemShares.AsNoTracking()
            .Where(s => s.RecipientUserId == recipientUserId)
            .OrderByDescending(s => s.SharedAt).ThenBy(s => s.ShareId)
            .Skip(offset).Take(limit)
            .ToListAsync(cancellationToken);
        var dfids = shares.Select(s => s.Dfid).ToList();
        var items = await db.Items.AsNoTracking()
            .Where(i => dfids.Contains(i.Dfid))
            .AsSplitQuery()
            .ToDictionaryAsync(i => i.Dfid, cancellationToken);
        return shares.Where(s => items.ContainsKey(s.Dfid)).Select(s => new SharedItem(s, items[s.Dfid])).ToList();
    }

    public void Add(ItemShare share) => db.ItemShares.Add(share);
}
