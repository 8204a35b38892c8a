namespace DeFarm.Domain.Items;

/// <summary>Why an item could not be created and waits for review (engines-api.md §1.2, §3.1).</summary>
public enum PendingReason
{
    NoIdentifiers,
    InvalidIdentifiers,
    ConflictingDfids,
    DataQualityIssue,
}
