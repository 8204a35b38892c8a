using System.Text.Json.Nodes;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Items;

/// <summary>
/// How the web front end's item fields live in an item (ADR-018): <c>value_chain</c>, <c>country</c> and
/// <c>year</c> are keys of its enriched data, and its <c>metadata</c> is every other key. So an engines client
/// sees the same attributes, and a gateway item is an ordinary item.
/// </summary>
public static class ItemDescription
{
    public const string ValueChainKey = "value_chain";
    public const string CountryKey = "country";
    public const string YearKey = "year";

    public const int MaxTextLength = 100;
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    /// <summary>The keys the description owns; metadata may not use them.</summary>
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal)
    {
        ValueChainKey, CountryKey, YearKey,
    };

    /// <summary>
    /// Value chains as the front end sends them (the Portuguese names of its form, the English codes of its
    /// import) → the identifier namespace of that product line; anything else is <c>generic</c>.
    /// </summary>
    private static readonly Dictionary<string, string> NamespaceByValueChain = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bovino"] = "bovino", ["beef"] = "bovino", ["cattle"] = "bovino",
        ["frango"] = "aves", ["aves"] = "aves", ["poultry"] = "aves",
        ["suino"] = "suino", ["pork"] = "suino",
        ["soja"] = "soja", ["soy"] = "soja",
        ["milho"] = "milho", ["corn"] = "milho",
        ["algodao"] = "algodao", ["cotton"] = "algodao",
        ["cafe"] = "cafe", ["coffee"] = "cafe",
        ["leite"] = "leite", ["milk"] = "leite", ["dairy"] = "leite",
    };

    /// <summary>The enriched data of a description: its three fields over the metadata.</summary>
    public static JsonObject Compose(string valueChain, string country, int? year, JsonObject? metadata)
    {
        var data = metadata is null ? [] : (JsonObject)metadata.DeepClone();
        data[ValueChainKey] = valueChain;
        data[CountryKey] = country;
        if (year is { } value)
        {
            data[YearKey] = value;
        }

        return data;
    }

    public static string? ValueChainOf(Item item) => TextOf(item.EnrichedData, ValueChainKey);

    public static string? CountryOf(Item item) => TextOf(item.EnrichedData, CountryKey);

    public static int? YearOf(Item item) =>
        item.EnrichedData[YearKey] is JsonValue value && value.TryGetValue<int>(out var year) ? year : null;

    /// <summary>The item's attributes other than its description.</summary>
    public static JsonObject MetadataOf(Item item) => WithoutDescription(item.EnrichedData);

    /// <summary>
    /// <paramref name="metadata"/> over the description <paramref name="item"/> already has: what replacing an
    /// item's metadata stores.
    /// </summary>
    public static JsonObject WithMetadata(Item item, JsonObject metadata)
    {
        var data = (JsonObject)metadata.DeepClone();
        foreach (var key in Keys.Where(item.EnrichedData.ContainsKey))
        {
            data[key] = item.EnrichedData[key]?.DeepClone();
        }

        return data;
    }

    /// <summary>The identifier namespace of a value chain's product line.</summary>
    public static string NamespaceOf(string? valueChain) =>
        valueChain is not null && NamespaceByValueChain.TryGetValue(valueChain.Trim(), out var @namespace)
            ? @namespace
            : IdentifierNamespaces.Generic;

    private static JsonObject WithoutDescription(JsonObject data) =>
        new(data.Where(pair => !Keys.Contains(pair.Key)).Select(pair => KeyValuePair.Create(pair.Key, pair.Value?.DeepClone())));

    private static string? TextOf(JsonObject data, string key) =>
        data[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
