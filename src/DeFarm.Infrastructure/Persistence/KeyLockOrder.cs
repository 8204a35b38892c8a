using System.Buffers.Binary;
using System.Text;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>
/// Turns lock keys into 64-bit lock ids (the first bytes of their BLAKE3 hash, stable across processes), distinct
/// and ascending: every holder takes its locks in the same order, so none waits for another in a cycle. Two keys
/// sharing an id only serialize more than needed.
/// </summary>
internal static class KeyLockOrder
{
    public static IReadOnlyList<long> Of(IEnumerable<string> keys) =>
        keys.Select(IdOf).Distinct().Order().ToList();

    private static long IdOf(string key) =>
        BinaryPrimitives.ReadInt64LittleEndian(Blake3.Hasher.Hash(Encoding.UTF8.GetBytes(key)).AsSpan());
}
