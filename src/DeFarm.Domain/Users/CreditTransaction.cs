namespace DeFarm.Domain.Users;

/// <summary>One movement of a user's credit balance; immutable once written.</summary>
public sealed class CreditTransaction
{
    private CreditTransaction()
    {
    }

    internal CreditTransaction(
        string userId, long amount, CreditTransactionType type, string description, string? operationType,
        long balanceAfter, DateTimeOffset timestamp, string? operationId = null)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Amount = amount;
        Type = type;
        Description = description;
        OperationType = operationType;
        OperationId = operationId;
        BalanceAfter = balanceAfter;
        Timestamp = timestamp;
    }

    public Guid Id { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public long Amount { get; private set; }
    public CreditTransactionType Type { get; private set; }
    public string Description { get; private set; } = string.Empty;
    public string? OperationType { get; private set; }
    public string? OperationId { get; private set; }
    public long BalanceAfter { get; private set; }
    public DateTimeOffset Timestamp { get; private set; }
}
