namespace DeFarm.Domain.Users;

/// <summary>Credit price list per tier (engines-api.md §3.11). Informational unless charging is switched on.</summary>
public sealed record CreditCosts(
    int ItemCreation,
    int CircuitOperation,
    int StorageMigration,
    int AuditExport,
    int PremiumAdapterUsage,
    int ApiRequest)
{
    public static CreditCosts For(UserTier tier) => tier switch
    {
        UserTier.Basic => new(2, 3, 10, 20, 10, 1),
        UserTier.Professional => new(1, 2, 5, 10, 5, 0),
        _ => new(1, 1, 3, 5, 2, 0),
    };
}
