using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfItemRepository(DeFarmDbContext db) : IItemRepository
{
    public async Task<Item?> GetByDfidAsync(string dfid, CancellationToken cancellationToken) =>
        await db.Items.FindAsync([dfid], cancellationToken);

    /// <remarks>
    /// One query for all identifiers: candidates by (key, value) through its index, matched exactly here. An
    /// identifier normally sits on one item, so the candidates stay few even for an import of a thousand items.
    /// </remarks>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> FindHoldersAsync(
        IReadOnlyList<Identifier> identifiers, CancellationToken cancellationToken)
    {
        if (identifiers.Count == 0)
        {
            return [];
        }

        var keys = identifiers.Select(i => i.Key).Distinct().ToList();
        var values = identifiers.Select(i => i.Value).Distinct().ToList();
        var candidates = await db.Items
            .Where(i => !i.Dfid.StartsWith(Item.LocalPrefix))
            .SelectMany(
                i => i.Identifiers.Where(x => keys.Contains(x.Key) && values.Contains(x.Value)),
                (i, x) => new IdentifierHolder(i.Dfid, i.CreatedAt, x.Namespace, x.Key, x.Value, x.Kind))
            .ToListAsync(cancellationToken);
        return IdentifierHolder.Match(identifiers, candidates);
    }

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
