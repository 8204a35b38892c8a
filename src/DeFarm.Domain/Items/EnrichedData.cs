using System.Text.Json.Nodes;

namespace DeFarm.Domain.Items;

/// <summary>Rules for an item's free-form attributes (<c>enriched_data</c>), a JSON object.</summary>
public static class EnrichedData
{
    /// <summary>Copies every key of <paramref name="update"/> over <paramref name="target"/>; the update wins.</summary>
    public static void MergeInto(JsonObject target, JsonObject? update)
    {
        foreach (var (key, value) in update ?? [])
        {
            target[key] = value?.DeepClone();
        }
    }

    /// <returns>Why the data is unfit to store (a blank key or a null value), or <c>null</c>.</returns>
    public static string? FindQualityIssue(JsonObject? data)
    {
        foreach (var (key, value) in data ?? [])
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                return "enriched_data has a blank key";
            }

            if (value is null)
            {
                return $"enriched_data key '{key}' has a null value";
            }
        }

        return null;
    }

    /// <summary>Applies <paramref name="update"/> to <paramref name="target"/> by a local-merge strategy.</summary>
    public static void MergeByStrategy(JsonObject target, JsonObject update, MergeStrategy strategy)
    {
        switch (strategy)
        {
            case MergeStrategy.KeepFirst:
                return;
            case MergeStrategy.Overwrite:
                MergeInto(target, update);
                return;
            case MergeStrategy.Append:
                foreach (var (key, value) in update)
                {
                    target[key] = Append(target[key], value);
                }

                return;
        }
    }

    private static JsonNode? Append(JsonNode? current, JsonNode? incoming)
    {
        switch (current, incoming)
        {
            case (JsonArray existing, JsonArray added):
                var appended = (JsonArray)existing.DeepClone();
                foreach (var value in added.Where(v => !appended.Any(e => JsonNode.DeepEquals(e, v))))
                {
                    appended.Add(value?.DeepClone());
                }

                return appended;
            case (JsonObject existing, JsonObject added):
                var merged = (JsonObject)existing.DeepClone();
                MergeInto(merged, added);
                return merged;
            default:
                return incoming?.DeepClone();
        }
    }
}
