using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryItemQueries(InMemoryDatabase database, TimeProvider clock) : IItemQueries
{
    public Task<IReadOnlyList<Item>> ListAsync(
        ItemViewer viewer, ItemFilter filter, int limit, int offset, CancellationToken cancellationToken)
    {
        IReadOnlyList<Item> page = database.Query(database.Items, rows => rows
            .Where(IsVisibleTo(viewer))
            .Where(i => filter.Status is null || i.Status == filter.Status)
            .Where(i => filter.IdentifierKey is null || i.Identifiers.Any(x =>
                x.Key == filter.IdentifierKey && (filter.IdentifierValue is null || x.Value == filter.IdentifierValue)))
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Dfid, StringComparer.Ordinal)
            .Skip(offset).Take(limit));
        return Task.FromResult(page);
    }

    public Task<IReadOnlyList<Item>> ListNewestFirstAsync(
        ItemViewer viewer, Guid? circuitId, int limit, int offset, CancellationToken cancellationToken)
    {
        IReadOnlyList<Item> page = database.Query(database.Items, rows => rows
            .Where(IsVisibleTo(viewer))
            .Where(i => circuitId is not { } circuit || database.CircuitItems.TryGet((circuit, i.Dfid), out _, out _))
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Dfid, StringComparer.Ordinal)
            .Skip(offset).Take(limit));
        return Task.FromResult(page);
    }

    public Task<ItemStatistics> GetStatisticsAsync(ItemViewer viewer, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            var visible = database.Items.Rows.Where(IsVisibleTo(viewer)).ToList();
            int CountOf(ItemStatus status) => visible.Count(i => i.Status == status);
            return Task.FromResult(new ItemStatistics(
                visible.Count, CountOf(ItemStatus.Active), CountOf(ItemStatus.Merged), CountOf(ItemStatus.Split),
                CountOf(ItemStatus.Deprecated), visible.Count == 0 ? 0 : visible.Average(i => i.ConfidenceScore)));
        }
    }

    public Task<Item?> GetVisibleAsync(string userId, string dfid, CancellationToken cancellationToken)
    {
        UserAccount user;
        lock (database.Lock)
        {
            if (!database.Users.TryGet(userId, out user, out _))
            {
                return Task.FromResult<Item?>(null);
            }
        }

        var viewer = new ItemViewer(user.Id, user.WorkspaceId, user.IsAdmin);
        return Task.FromResult(database.Query(database.Items, rows => rows.Where(i => i.Dfid == dfid).Where(IsVisibleTo(viewer)))
            .SingleOrDefault());
    }

    public async Task<ItemResponse?> ReadVisibleAsync(string userId, string dfid, CancellationToken cancellationToken) =>
        await GetVisibleAsync(userId, dfid, cancellationToken) is { } item ? ItemResponse.From(item) : null;

    private Func<Item, bool> IsVisibleTo(ItemViewer viewer) => InMemoryItemVisibility.VisibleTo(database, viewer, clock.GetUtcNow());
}
