using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.InMemory;

/// <summary>
/// The in-memory DFID counter: one per process, seeded on first use from the highest sequence already stored,
/// then advanced atomically.
/// </summary>
internal sealed class InMemoryDfidGenerator(InMemoryDatabase database, TimeProvider clock) : IDfidGenerator
{
    private readonly Lazy<long[]> _counter = new(() =>
    {
        lock (database.Lock)
        {
            return [database.Items.Rows.Select(i => Dfid.TryParse(i.Dfid, out var dfid) ? dfid.Sequence : 0).DefaultIfEmpty().Max()];
        }
    });

    public async Task<Dfid> NextAsync(CancellationToken cancellationToken) => (await NextAsync(1, cancellationToken))[0];

    public Task<IReadOnlyList<Dfid>> NextAsync(int count, CancellationToken cancellationToken)
    {
        var last = Interlocked.Add(ref _counter.Value[0], count);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        IReadOnlyList<Dfid> dfids = Enumerable.Range(1, count).Select(i => Dfid.Create(today, last - count + i)).ToList();
        return Task.FromResult(dfids);
    }
}
