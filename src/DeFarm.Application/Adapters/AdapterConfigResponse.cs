using System.Text.Json.Nodes;
using DeFarm.Domain.Storage;

namespace DeFarm.Application.Adapters;

/// <summary>An adapter configuration as admins see it: secrets are never returned, only whether they are set.</summary>
public sealed record AdapterConfigDto(
    Guid ConfigId,
    string Name,
    string Description,
    string AdapterType,
    AdapterConnectionDto ConnectionDetails,
    JsonObject? ContractConfigs,
    bool IsActive,
    bool IsDefault,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? LastTestedAt,
    AdapterTestStatus TestStatus)
{
    public static AdapterConfigDto From(AdapterConfig config) => new(
        config.ConfigId, config.Name, config.Description, config.AdapterType.Name,
        AdapterConnectionDto.From(config.Connection), (JsonObject?)config.ContractConfigs?.DeepClone(),
        config.IsActive, config.IsDefault, config.CreatedBy, config.CreatedAt, config.UpdatedAt, config.LastTestedAt,
        config.TestStatus);
}

/// <param name="CustomHeaders">Header names with their values masked.</param>
public sealed record AdapterConnectionDto(
    string Endpoint,
    string AuthType,
    int TimeoutMs,
    int RetryAttempts,
    int MaxConcurrentRequests,
    bool HasApiKey,
    bool HasSecretKey,
    IReadOnlyDictionary<string, string> CustomHeaders)
{
    public const string Masked = "********";

    public static AdapterConnectionDto From(AdapterConnection connection) => new(
        connection.Endpoint, connection.AuthType, connection.TimeoutMs, connection.RetryAttempts,
        connection.MaxConcurrentRequests, connection.ApiKey is not null, connection.SecretKey is not null,
        connection.CustomHeaders.ToDictionary(h => h.Key, _ => Masked));
}

/// <summary><c>{success: true, adapter: {…}}</c>.</summary>
public sealed record AdapterConfigResponse(bool Success, AdapterConfigDto Adapter)
{
    public static AdapterConfigResponse From(AdapterConfig config) => new(true, AdapterConfigDto.From(config));
}
