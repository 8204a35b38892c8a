namespace DeFarm.Infrastructure.InMemory;

/// <summary>
/// The in-memory stand-in for PostgreSQL advisory locks: a fixed set of stripes, so memory stays bounded whatever
/// the keys; two ids on one stripe only serialize more than needed.
/// </summary>
internal sealed class InMemoryKeyLocks
{
    private const int StripeCount = 1024;

    private readonly SemaphoreSlim[] _stripes =
        Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>The stripes guarding <paramref name="orderedLockIds"/>, distinct and ascending, so waits never cycle.</summary>
    public IEnumerable<SemaphoreSlim> StripesOf(IReadOnlyList<long> orderedLockIds) =>
        orderedLockIds.Select(id => (int)((ulong)id % StripeCount)).Distinct().Order().Select(i => _stripes[i]);
}
