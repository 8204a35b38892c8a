using DeFarm.Application.Common.Interfaces;

namespace DeFarm.Infrastructure.Circuits;

/// <summary>
/// The item-publication port while DeFarm has no circuits: no circuit exists, so no item is published in one,
/// and the public storage-history route answers "not public" for every DFID. It states the truth of a system
/// without circuits; the circuits feature replaces this registration with one that reads published items.
/// </summary>
internal sealed class NoPublishedItems : IItemPublication
{
    public Task<bool> IsPublishedAsync(string dfid, CancellationToken cancellationToken) => Task.FromResult(false);
}
