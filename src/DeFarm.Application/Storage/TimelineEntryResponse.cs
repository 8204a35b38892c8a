using DeFarm.Application.Common;
using DeFarm.Domain.Storage;

namespace DeFarm.Application.Storage;

/// <summary>One CID-timeline entry (engines-api.md §4.4); <c>blockchain_timestamp</c> in Unix seconds.</summary>
public sealed record TimelineEntryResponse(
    int Sequence, string Cid, string? TransactionHash, long BlockchainTimestamp, string Network, DateTimeOffset CreatedAt)
{
    public static TimelineEntryResponse From(CidTimelineEntry entry) => new(
        entry.Sequence, entry.Cid, entry.TransactionHash, UnixTime.Seconds(entry.BlockchainTimestamp), entry.Network,
        entry.CreatedAt);
}
