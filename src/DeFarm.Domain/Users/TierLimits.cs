namespace DeFarm.Domain.Users;

/// <summary>What a tier may use; <c>null</c> means unlimited (engines-api.md §1.5).</summary>
public sealed record TierLimits(
    int? MaxItemsPerMonth,
    int? MaxCircuits,
    int? MaxStorageLocations,
    int? MaxApiRequestsPerHour,
    int? MaxWorkspaceMembers,
    bool CanUsePremiumAdapters,
    int MaxAuditRetentionDays,
    bool PrioritySupport)
{
    public static TierLimits For(UserTier tier) => tier switch
    {
        UserTier.Basic => new(1_000, 5, 1, 100, 3, false, 30, false),
        UserTier.Professional => new(10_000, 25, 3, 1_000, 10, false, 90, true),
        UserTier.Enterprise => new(null, null, null, 10_000, null, true, 365, true),
        UserTier.Admin => new(null, null, null, null, null, true, 3_650, true),
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier"),
    };
}
