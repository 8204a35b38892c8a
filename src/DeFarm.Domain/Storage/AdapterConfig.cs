using System.Text.Json.Nodes;

namespace DeFarm.Domain.Storage;

public enum AdapterTestStatus
{
    NotTested,
    Passed,
    Failed,
    Warning,
}

/// <summary>
/// An adapter instance an admin configured (engines-api.md §1.13): which adapter type, how to reach it, and
/// whether it is active and the default of its type. At most one configuration per type is the default.
/// </summary>
public sealed class AdapterConfig
{
    private AdapterConfig()
    {
    }

    private AdapterConfig(string createdBy, DateTimeOffset now)
    {
        ConfigId = Guid.NewGuid();
        CreatedBy = createdBy;
        CreatedAt = now;
        TestStatus = AdapterTestStatus.NotTested;
    }

    public Guid ConfigId { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string Description { get; private set; } = string.Empty;
    public AdapterType AdapterType { get; private set; } = AdapterType.None;
    public AdapterConnection Connection { get; private set; } = null!;

    /// <summary>Smart-contract settings of blockchain adapters, kept as given.</summary>
    public JsonObject? ContractConfigs { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>
    /// The adapter type's name while this is its default configuration, else <c>null</c>: the store keeps it
    /// unique, which is what makes "one default per type" hold under concurrent changes.
    /// </summary>
    public string? DefaultFor { get; private set; }

    public bool IsDefault => DefaultFor is not null;
    public string CreatedBy { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? LastTestedAt { get; private set; }
    public AdapterTestStatus TestStatus { get; private set; }

    public static AdapterConfig Create(
        string name, string description, AdapterType adapterType, AdapterConnection connection,
        JsonObject? contractConfigs, bool isActive, string createdBy, DateTimeOffset now)
    {
        var config = new AdapterConfig(createdBy, now);
        config.Change(name, description, adapterType, connection, contractConfigs, isActive, now);
        return config;
    }

    /// <summary>Replaces the settings. A configuration that changes type stops being the default of its old type.</summary>
    public void Update(
        string name, string description, AdapterType adapterType, AdapterConnection connection,
        JsonObject? contractConfigs, bool isActive, DateTimeOffset now)
    {
        if (adapterType != AdapterType)
        {
            DefaultFor = null;
        }

        Change(name, description, adapterType, connection, contractConfigs, isActive, now);
    }

    public void MakeDefault(DateTimeOffset now)
    {
        DefaultFor = AdapterType.Name;
        UpdatedAt = now;
    }

    public void ClearDefault(DateTimeOffset now)
    {
        DefaultFor = null;
        UpdatedAt = now;
    }

    private void Change(
        string name, string description, AdapterType adapterType, AdapterConnection connection,
        JsonObject? contractConfigs, bool isActive, DateTimeOffset now)
    {
        Name = name;
        Description = description;
        AdapterType = adapterType;
        Connection = connection;
        ContractConfigs = (JsonObject?)contractConfigs?.DeepClone();
        IsActive = isActive;
        UpdatedAt = now;
    }
}
