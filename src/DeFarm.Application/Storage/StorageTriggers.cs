namespace DeFarm.Application.Storage;

/// <summary>
/// Values of <c>triggered_by</c> on storage records (engines-api.md §1.6).
/// </summary>
public static class StorageTriggers
{
    /// <summary>A user asked for the current version to be stored with another adapter.</summary>
    public const string Migration = "migration";

    /// <summary>A local item was tokenized and pushed to a circuit (push-local).</summary>
    public const string CircuitPush = "circuit_push";

    /// <summary>An item that already had a DFID was pushed to a circuit (legacy and batch push).</summary>
    public const string CircuitMigration = "circuit_migration";
}
