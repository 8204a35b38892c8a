using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Common.Settings;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Users;

/// <summary>The operations that cost credits, priced per tier by <see cref="CreditCosts"/> (engines-api.md §3.11).</summary>
internal enum ChargedOperation
{
    ItemCreation,
    CircuitOperation,
    StorageMigration,
}

/// <summary>
/// Charges operations to the account that asks for them when <c>Credits:Charge</c> is on (decision 19), recording
/// each consumption and refund as a credit transaction in the command's unit of work. The balance lives on the
/// account row, so two commands charging one account at once collide on its concurrency token: commands that
/// charge are <c>IRetryOnConcurrentUpdate</c> and re-run on the fresh balance instead of losing an update.
/// </summary>
internal sealed class CreditCharger(
    CreditSettings settings,
    ICreditTransactionRepository transactions,
    IUserRepository users,
    TimeProvider clock)
{
    /// <summary>Charges one <paramref name="operation"/>; 402 when the balance cannot pay for it.</summary>
    public void Charge(UserAccount payer, ChargedOperation operation, string operationId)
    {
        var cost = CostOf(operation, payer.Tier);
        if (!settings.Charge || cost == 0)
        {
            return;
        }

        transactions.Add(payer.ConsumeCredits(
            cost, Describe(operation), OperationTypeOf(operation), operationId, clock.GetUtcNow()));
    }

    /// <summary>Gives back what an operation that will not happen consumed; nothing when it was not charged.</summary>
    public async Task RefundAsync(string payerId, string operationId, string reason, CancellationToken cancellationToken)
    {
        if (await transactions.FindConsumptionAsync(payerId, operationId, cancellationToken) is not { } consumption
            || await users.GetByIdAsync(payerId, cancellationToken) is not { } payer)
        {
            return;
        }

        transactions.Add(payer.RefundCredits(
            -consumption.Amount, reason, consumption.OperationType ?? string.Empty, operationId, clock.GetUtcNow()));
    }

    private static int CostOf(ChargedOperation operation, UserTier tier)
    {
        var costs = CreditCosts.For(tier);
        return operation switch
        {
            ChargedOperation.ItemCreation => costs.ItemCreation,
            ChargedOperation.CircuitOperation => costs.CircuitOperation,
            _ => costs.StorageMigration,
        };
    }

    private static string OperationTypeOf(ChargedOperation operation) => operation switch
    {
        ChargedOperation.ItemCreation => "item_creation",
        ChargedOperation.CircuitOperation => "circuit_operation",
        _ => "storage_migration",
    };

    private static string Describe(ChargedOperation operation) => operation switch
    {
        ChargedOperation.ItemCreation => "Item creation",
        ChargedOperation.CircuitOperation => "Circuit operation",
        _ => "Storage migration",
    };
}
