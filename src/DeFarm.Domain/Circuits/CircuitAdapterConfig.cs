namespace DeFarm.Domain.Circuits;

/// <summary>Where a circuit stores pushed items and who pays for it; <c>null</c> adapter = no external storage.</summary>
public sealed class CircuitAdapterConfig
{
    private CircuitAdapterConfig()
    {
    }

    internal CircuitAdapterConfig(
        CircuitAdapterType? adapterType, bool requiresApproval, bool autoMigrateExisting, bool sponsorAdapterAccess,
        string configuredBy, DateTimeOffset now) =>
        Change(adapterType, requiresApproval, autoMigrateExisting, sponsorAdapterAccess, configuredBy, now);

    public CircuitAdapterType? AdapterType { get; private set; }
    public string ConfiguredBy { get; private set; } = string.Empty;
    public DateTimeOffset ConfiguredAt { get; private set; }
    public bool RequiresApproval { get; private set; }
    public bool AutoMigrateExisting { get; private set; }
    public bool SponsorAdapterAccess { get; private set; }

    internal void Change(
        CircuitAdapterType? adapterType, bool requiresApproval, bool autoMigrateExisting, bool sponsorAdapterAccess,
        string configuredBy, DateTimeOffset now)
    {
        AdapterType = adapterType;
        RequiresApproval = requiresApproval;
        AutoMigrateExisting = autoMigrateExisting;
        SponsorAdapterAccess = sponsorAdapterAccess;
        ConfiguredBy = configuredBy;
        ConfiguredAt = now;
    }
}
