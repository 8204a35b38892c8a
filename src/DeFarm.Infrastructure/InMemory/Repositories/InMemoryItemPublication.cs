using DeFarm.Application.Common.Interfaces;

namespace DeFarm.Infrastructure.InMemory.Repositories;

/// <summary>An item is published while a publicly accessible circuit lists it among its published items.</summary>
internal sealed class InMemoryItemPublication(InMemoryDatabase database, TimeProvider clock) : IItemPublication
{
    public Task<bool> IsPublishedAsync(string dfid, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        lock (database.Lock)
        {
            return Task.FromResult(database.Circuits.Rows
                .Any(c => c.IsPubliclyAccessible(now) && c.PublishedItems.Any(p => p.Dfid == dfid)));
        }
    }
}
