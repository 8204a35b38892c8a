using System.Text.Json;
using System.Text.Json.Nodes;
using DeFarm.Domain.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

/// <summary>Column forms of the storage value objects.</summary>
internal static class StorageConversions
{
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The canonical string form (<c>ipfs-ipfs</c>), as the original stores it.</summary>
    public static PropertyBuilder<AdapterType> HasAdapterTypeConversion(this PropertyBuilder<AdapterType> property) =>
        property.HasMaxLength(100).HasConversion(type => type.Name, name => AdapterType.Parse(name));

    /// <summary>The externally tagged JSON object, in <c>jsonb</c>.</summary>
    public static PropertyBuilder<StorageLocation> HasStorageLocationConversion(this PropertyBuilder<StorageLocation> property) =>
        property.HasColumnType("jsonb").HasConversion(
            location => location.ToJsonString(),
            json => StorageLocation.FromJson(JsonNode.Parse(json, default, default)));

    /// <summary><c>connection_details</c> as snake_case JSON in <c>jsonb</c>, secrets included (the adapter needs them).</summary>
    public static PropertyBuilder<AdapterConnection> HasConnectionConversion(this PropertyBuilder<AdapterConnection> property) =>
        property.HasColumnType("jsonb").HasConversion(
            connection => JsonSerializer.Serialize(connection, SnakeCase),
            json => JsonSerializer.Deserialize<AdapterConnection>(json, SnakeCase)!,
            new ValueComparer<AdapterConnection>(
                (left, right) => JsonSerializer.Serialize(left, SnakeCase) == JsonSerializer.Serialize(right, SnakeCase),
                connection => JsonSerializer.Serialize(connection, SnakeCase).GetHashCode(StringComparison.Ordinal),
                connection => JsonSerializer.Deserialize<AdapterConnection>(JsonSerializer.Serialize(connection, SnakeCase), SnakeCase)!));

    private static string ToJsonString(this StorageLocation location) => location.ToJson().ToJsonString();
}
