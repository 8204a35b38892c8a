using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Persistence.Repositories;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryItemRepository(InMemoryUnitOfWork unitOfWork) : IItemRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<Item?> GetByDfidAsync(string dfid, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.Items, dfid));

    public Task<IReadOnlyList<IReadOnlyList<string>>> FindHoldersAsync(
        IReadOnlyList<Identifier> identifiers, CancellationToken cancellationToken)
    {
        var wanted = identifiers.Select(i => (i.Namespace, i.Key, i.Value, i.Kind)).ToHashSet();
        lock (Database.Lock)
        {
            var candidates = Database.Items.Rows
                .Where(i => !i.IsLocal)
                .SelectMany(i => i.Identifiers
                    .Where(x => wanted.Contains((x.Namespace, x.Key, x.Value, x.Kind)))
                    .Select(x => new IdentifierHolder(i.Dfid, i.CreatedAt, x.Namespace, x.Key, x.Value, x.Kind)))
                .ToList();
            return Task.FromResult(IdentifierHolder.Match(identifiers, candidates));
        }
    }

    public Task<int> CountCreatedSinceAsync(string userId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            return Task.FromResult(Database.Items.Rows.Count(i => i.CreatedBy == userId && i.CreatedAt >= since));
        }
    }

    public void Add(Item item) => unitOfWork.Insert(Database.Items, item);

    public Task<IReadOnlyList<Item>> ListUnmergedLocalItemsAsync(string workspaceId, CancellationToken cancellationToken)
    {
        List<string> dfids;
        lock (Database.Lock)
        {
            dfids = Database.Items.Rows
                .Where(i => i.WorkspaceId == workspaceId && i.IsLocal && i.Status != ItemStatus.MergedInto)
                .OrderBy(i => i.CreatedAt)
                .ThenBy(i => i.Dfid, StringComparer.Ordinal)
                .Select(i => i.Dfid)
                .ToList();
        }

        IReadOnlyList<Item> tracked = dfids.Select(dfid => unitOfWork.Load(Database.Items, dfid)).OfType<Item>().ToList();
        return Task.FromResult(tracked);
    }
}
