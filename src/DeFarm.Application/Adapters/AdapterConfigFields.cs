using System.Text.Json.Nodes;
using DeFarm.Application.Storage;
using DeFarm.Domain.Storage;

namespace DeFarm.Application.Adapters;

/// <summary>
/// The fields of <c>POST</c> and <c>PUT /api/admin/adapters</c> (engines-api.md §1.13). Only implemented storage
/// adapter types can be configured (400 <c>Adapter not available</c> otherwise).
/// </summary>
public abstract record AdapterConfigFields
{
    public const int MaxNameLength = 255;
    public const int MaxDescriptionLength = 2000;
    public const int MaxEndpointLength = 2000;

    public string Name { get; init; } = string.Empty;
    public string? Description { get; init; }
    public string? AdapterType { get; init; }
    public AdapterConnectionRequest? ConnectionDetails { get; init; }
    public JsonObject? ContractConfigs { get; init; }
    public bool? IsActive { get; init; }

    public AdapterType ParseAdapterType()
    {
        var adapterType = StorageAdapterTypes.ParseImplemented(AdapterType);
        return adapterType.Kind == AdapterKind.None ? throw StorageErrors.NothingToStore() : adapterType;
    }

    /// <summary>The connection; on an update, secrets and headers left out (null) keep their stored values.</summary>
    public AdapterConnection ToConnection(AdapterConnection? previous)
    {
        var details = ConnectionDetails!;
        return new AdapterConnection(
            details.Endpoint.Trim(),
            details.ApiKey ?? previous?.ApiKey,
            details.SecretKey ?? previous?.SecretKey,
            details.AuthType ?? "None",
            details.TimeoutMs ?? AdapterConnection.DefaultTimeoutMs,
            details.RetryAttempts ?? AdapterConnection.DefaultRetryAttempts,
            details.MaxConcurrentRequests ?? AdapterConnection.DefaultMaxConcurrentRequests,
            (JsonObject?)details.CustomHeaders?.DeepClone() ?? (JsonObject?)previous?.CustomHeaders.DeepClone() ?? []);
    }
}

public sealed record AdapterConnectionRequest
{
    public string Endpoint { get; init; } = string.Empty;
    public string? ApiKey { get; init; }
    public string? SecretKey { get; init; }
    public string? AuthType { get; init; }
    public int? TimeoutMs { get; init; }
    public int? RetryAttempts { get; init; }
    public int? MaxConcurrentRequests { get; init; }

    /// <summary>Header name → value (a string); values are secrets.</summary>
    public JsonObject? CustomHeaders { get; init; }
}
