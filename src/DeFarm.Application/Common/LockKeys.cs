using DeFarm.Domain.Items;

namespace DeFarm.Application.Common;

/// <summary>The names of what commands lock with <c>IUnitOfWork.LockAsync</c>, one place so they cannot drift.</summary>
internal static class LockKeys
{
    /// <summary>Registering or attaching an identifier: at most one request decides who holds it at a time.</summary>
    public static IEnumerable<string> ForIdentifiers(IEnumerable<Identifier> identifiers) =>
        identifiers.Select(i => $"identifier:{i.UniqueKey}");

    /// <summary>Recording an event: twins racing to one content hash are answered as duplicates, not as a 409.</summary>
    public static string ForEventContent(string contentHash) => $"event:{contentHash}";
}
