namespace DeFarm.Domain.Storage;

/// <summary>
/// How far the blockchain listener has read one network's ledgers (engines-api.md §1.6, "IndexingProgress").
/// Written by the listener that fills the CID timeline from the registry contract's events.
/// </summary>
public sealed class IndexingProgress
{
    public const string StatusActive = "active";

    private IndexingProgress()
    {
    }

    private IndexingProgress(string network) => Network = network;

    public string Network { get; private set; } = string.Empty;
    public long LastIndexedLedger { get; private set; }
    public long LastConfirmedLedger { get; private set; }
    public DateTimeOffset? LastIndexedAt { get; private set; }
    public string Status { get; private set; } = StatusActive;
    public string? ErrorMessage { get; private set; }
    public long TotalEventsIndexed { get; private set; }
    public DateTimeOffset? LastErrorAt { get; private set; }

    public static IndexingProgress Start(string network) => new(network);

    /// <summary>The listener read up to <paramref name="indexedLedger"/> and found <paramref name="newEvents"/> events.</summary>
    public void RecordProgress(long indexedLedger, long confirmedLedger, long newEvents, DateTimeOffset now)
    {
        LastIndexedLedger = Math.Max(LastIndexedLedger, indexedLedger);
        LastConfirmedLedger = Math.Max(LastConfirmedLedger, confirmedLedger);
        TotalEventsIndexed += newEvents;
        LastIndexedAt = now;
        Status = StatusActive;
        ErrorMessage = null;
    }
}
