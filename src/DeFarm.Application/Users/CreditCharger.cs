using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Common.Settings;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Users;

/// <summary>The operations that cost credits, each priced per tier by <see cref="CreditCosts"/> (engines-api.md §3.11).</summary>
internal sealed record ChargedOperation(string OperationType, string Description, Func<CreditCosts, int> PriceOf)
{
    public static readonly ChargedOperation ItemCreation = new("item_creation", "Item creation", c => c.ItemCreation);
    public static readonly ChargedOperation CircuitOperation = new("circuit_operation", "Circuit operation", c => c.CircuitOperation);
    public static readonly ChargedOperation StorageMigration = new("storage_migration", "Storage migration", c => c.StorageMigration);
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
        var cost = operation.PriceOf(CreditCosts.For(payer.Tier));
        if (!settings.Charge || cost == 0)
        {
            return;
        }

        transactions.Add(payer.ConsumeCredits(
            cost, operation.Description, operation.OperationType, operationId, clock.GetUtcNow()));
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
}
