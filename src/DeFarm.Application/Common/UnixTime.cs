namespace DeFarm.Application.Common;

internal static class UnixTime
{
    /// <summary>Whole Unix seconds, the timestamp form of most engines DTOs (engines-api.md §6).</summary>
    public static long Seconds(DateTimeOffset instant) => instant.ToUnixTimeSeconds();
}
