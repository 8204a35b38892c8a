using DeFarm.Domain.Snapshots;

namespace DeFarm.Application.Snapshots;

/// <summary>Wire spellings of snapshot values (lower case, as the front end sends them).</summary>
public static class SnapshotText
{
    public static string ResourceType(SnapshotResourceType type) => type.ToString().ToLowerInvariant();
}
