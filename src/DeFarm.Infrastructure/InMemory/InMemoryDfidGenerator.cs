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

    public Task<Dfid> NextAsync(CancellationToken cancellationToken)
    {
        var sequence = Interlocked.Increment(ref _counter.Value[0]);
        return Task.FromResult(Dfid.Create(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), sequence));
    }
}
