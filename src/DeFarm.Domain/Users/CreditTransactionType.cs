namespace DeFarm.Domain.Users;

public enum CreditTransactionType
{
    Purchase,
    Grant,
    Consumption,
    Refund,
    Subscription,
    Penalty,
}
