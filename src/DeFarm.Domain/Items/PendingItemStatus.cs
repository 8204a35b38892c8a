namespace DeFarm.Domain.Items;

public enum PendingItemStatus
{
    Pending,
    Approved,
    Rejected,
}
