using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfItemRepository(DeFarmDbContext db) : IItemRepository
{
    public async Task<Item?> GetByDfidAsync(string dfid, CancellationToken cancellationToken) =>
        await db.Items.FindAsync([dfid], cancellationToken);

    public async Task<IReadOnlyList<string>> FindDfidsWithIdentifierAsync(
        Identifier identifier, CancellationToken cancellationToken) =>
        await db.Items
            .Where(i => !i.Dfid.StartsWith(Item.LocalPrefix))
            .Where(i => i.Identifiers.Any(x =>
                x.Namespace == identifier.Namespace && x.Key == identifier.Key && x.Value == identifier.Value
                && x.Kind == identifier.Kind))
            .OrderBy(i => i.CreatedAt)
            .Select(i => i.Dfid)
            .Take(2)
            .ToListAsync(cancellationToken);

    public Task<int> CountCreatedSinceAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken) =>
        db.Items.CountAsync(i => i.CreatedBy == userId && i.CreatedAt >= since, cancellationToken);

    public void Add(Item item) => db.Items.Add(item);

    public async Task<IReadOnlyList<Item>> ListUnmergedLocalItemsAsync(
        string workspaceId, CancellationToken cancellationToken) =>
        await db.Items
            .Where(i => i.WorkspaceId == workspaceId && i.Dfid.StartsWith(Item.LocalPrefix)
                && i.Status != ItemStatus.MergedInto)
            .OrderBy(i => i.CreatedAt)
            .ThenBy(i => i.Dfid)
            .ToListAsync(cancellationToken);
}
