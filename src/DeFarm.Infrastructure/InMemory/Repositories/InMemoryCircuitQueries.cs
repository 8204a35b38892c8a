using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryCircuitQueries(InMemoryDatabase database) : ICircuitQueries
{
    public Task<IReadOnlyList<Circuit>> ListAsync(CircuitListFilter filter, CancellationToken cancellationToken)
    {
        IReadOnlyList<Circuit> page = database.Query(database.Circuits, rows => rows
            .Where(c => c.IsMember(filter.ViewerId) || (filter.IncludePublic && c.IsPubliclyAccessible(filter.Now)))
            .Where(c => filter.Status is null || c.Status == filter.Status)
            .Where(c => filter.IncludeArchived || c.Status != CircuitStatus.Archived)
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
            .Skip(filter.Offset).Take(filter.Limit));
        return Task.FromResult(page);
    }

    public Task<CircuitDiscoveryPage> ListDiscoverableAsync(CircuitDiscoveryFilter filter, CancellationToken cancellationToken)
    {
        var matches = database.Query(database.Circuits, rows => rows
            .Where(c => c.IsDiscoverable(filter.Now))
            .Where(c => filter.Search is not { } search
                || (c.Searchable && new[] { c.Name, c.Description, c.PublicSettings?.PublicName, c.PublicSettings?.PublicDescription }
                    .Any(text => text?.Contains(search, StringComparison.OrdinalIgnoreCase) == true)))
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id));
        return Task.FromResult(new CircuitDiscoveryPage(
            matches.Skip(filter.Offset).Take(filter.Limit).ToList(), matches.Count));
    }

    public Task<IReadOnlyList<Item>> ListPublishedItemsAsync(Guid circuitId, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            IReadOnlyList<Item> items = database.Circuits.TryGet(circuitId, out var circuit, out _)
                ? circuit.PublishedItems
                    .OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Dfid, StringComparer.Ordinal)
                    .Select(p => database.Items.TryGet(p.Dfid, out var item, out _) ? ObjectGraph.Clone(item) : null)
                    .OfType<Item>()
                    .ToList()
                : [];
            return Task.FromResult(items);
        }
    }

    public Task<IReadOnlyList<Circuit>> ListOfMemberAsync(string memberId, CancellationToken cancellationToken)
    {
        IReadOnlyList<Circuit> circuits = database.Query(database.Circuits, rows => rows
            .Where(c => c.IsMember(memberId))
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id));
        return Task.FromResult(circuits);
    }

    public Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(
        IReadOnlyCollection<Guid> circuitIds, CancellationToken cancellationToken)
    {
        lock (database.Lock)
        {
            IReadOnlyDictionary<Guid, string> names = database.Circuits.Rows
                .Where(c => circuitIds.Contains(c.Id))
                .ToDictionary(c => c.Id, c => c.Name);
            return Task.FromResult(names);
        }
    }
}
