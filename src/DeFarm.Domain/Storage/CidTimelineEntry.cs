using DeFarm.Domain.Common;

namespace DeFarm.Domain.Storage;

/// <summary>
/// One CID in the life of an item (engines-api.md §1.6, "TimelineEntry"): the content id of a stored version,
/// numbered 1, 2, 3 … per DFID without gaps. The number is assigned by the store when the entry is committed,
/// so concurrent appends to one DFID cannot take the same number or leave a hole.
/// </summary>
public sealed class CidTimelineEntry
{
    private CidTimelineEntry()
    {
    }

    private CidTimelineEntry(
        string dfid, string cid, string network, string? transactionHash, DateTimeOffset recordedAt, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Dfid = dfid;
        Cid = cid;
        Network = network;
        TransactionHash = transactionHash;
        BlockchainTimestamp = recordedAt;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string Dfid { get; private set; } = string.Empty;
    public string Cid { get; private set; } = string.Empty;

    /// <summary>1-based position within the DFID's timeline; 0 until the entry is committed.</summary>
    public int Sequence { get; private set; }

    /// <summary>When the network recorded the CID: the ledger close time on a blockchain, the upload time otherwise.</summary>
    public DateTimeOffset BlockchainTimestamp { get; private set; }

    /// <summary>The registry (IPCM) transaction on a blockchain; <c>null</c> for storage without one.</summary>
    public string? TransactionHash { get; private set; }

    /// <summary><c>stellar-testnet</c>, <c>stellar-mainnet</c>, <c>ipfs</c> or <c>local</c>.</summary>
    public string Network { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public static CidTimelineEntry Create(
        string dfid, string cid, string network, string? transactionHash, DateTimeOffset recordedAt, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(dfid) || string.IsNullOrWhiteSpace(cid) || string.IsNullOrWhiteSpace(network))
        {
            throw new BusinessRuleException("invalid_timeline_entry", "A timeline entry needs a DFID, a CID and a network");
        }

        return new CidTimelineEntry(dfid, cid, network, transactionHash, recordedAt, now);
    }

    /// <summary>Called by the store, once, while committing the entry.</summary>
    public void AssignSequence(int sequence)
    {
        if (Sequence != 0 || sequence < 1)
        {
            throw new InvalidOperationException($"Timeline entry {Id} already has sequence {Sequence}");
        }

        Sequence = sequence;
    }
}
