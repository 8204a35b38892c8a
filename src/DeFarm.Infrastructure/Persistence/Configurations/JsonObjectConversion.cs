using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal static class JsonObjectConversion
{
    /// <summary>
    /// Stores a JSON value (an item's attributes) as <c>jsonb</c>, compared by content so that in-place edits are detected and saved.
    /// </summary>
    public static PropertyBuilder<T> HasJsonbConversion<T>(this PropertyBuilder<T> property)
        where T : JsonNode? =>
        property.HasColumnType("jsonb").HasConversion(
            new ValueConverter<T, string>(
                value => value!.ToJsonString(default),
                json => (T)JsonNode.Parse(json, default, default)!),
            new ValueComparer<T>(
                (left, right) => JsonNode.DeepEquals(left, right),
                value => value == null ? 0 : value.ToJsonString(default).GetHashCode(StringComparison.Ordinal),
                value => value == null ? value! : (T)value.DeepClone()));
}
