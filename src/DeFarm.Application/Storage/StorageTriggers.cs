namespace DeFarm.Application.Storage;

/// <summary>
/// Values of <c>triggered_by</c> on storage records (engines-api.md §1.6). The circuit push pipeline adds
/// <c>circuit_push</c> and <c>circuit_migration</c> when it lands.
/// </summary>
public static class StorageTriggers
{
    /// <summary>A user asked for the current version to be stored with another adapter.</summary>
    public const string Migration = "migration";
}
