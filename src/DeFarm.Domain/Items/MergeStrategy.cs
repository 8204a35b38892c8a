namespace DeFarm.Domain.Items;

/// <summary>How a local merge combines the merged items' <c>enriched_data</c> into the master's (engines-api.md §3.2).</summary>
public enum MergeStrategy
{
    /// <summary>Arrays gain the values they lack, objects are merged key by key (new wins), anything else is replaced.</summary>
    Append,

    /// <summary>The master's data stays as it is.</summary>
    KeepFirst,

    /// <summary>Each merged item's keys overwrite the master's.</summary>
    Overwrite,
}

public static class MergeStrategies
{
    /// <summary>The API spellings, in the order error messages list them.</summary>
    public static readonly IReadOnlyList<string> Names = ["append", "keep_first", "overwrite"];

    public static bool TryParse(string? name, out MergeStrategy strategy)
    {
        (var known, strategy) = name switch
        {
            null or "append" => (true, MergeStrategy.Append),
            "keep_first" => (true, MergeStrategy.KeepFirst),
            "overwrite" => (true, MergeStrategy.Overwrite),
            _ => (false, MergeStrategy.Append),
        };
        return known;
    }
}
