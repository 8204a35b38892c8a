using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryItemRepository(InMemoryUnitOfWork unitOfWork) : IItemRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<Item?> GetByDfidAsync(string dfid, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.Items, dfid));

    public Task<IReadOnlyList<string>> FindDfidsWithIdentifierAsync(Identifier identifier, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            IReadOnlyList<string> dfids = Database.Items.Rows
                .Where(i => !i.IsLocal && i.Identifiers.Any(x =>
                    x.Namespace == identifier.Namespace && x.Key == identifier.Key && x.Value == identifier.Value
                    && x.Kind == identifier.Kind))
                .OrderBy(i => i.CreatedAt)
                .Select(i => i.Dfid)
                .Take(2)
                .ToList();
            return Task.FromResult(dfids);
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
