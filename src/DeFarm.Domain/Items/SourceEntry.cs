namespace DeFarm.Domain.Items;

/// <summary>One provenance record of an item: where a piece of its data came from, and when it was added.</summary>
public sealed record SourceEntry(Guid EntryId, DateTimeOffset AddedAt);
