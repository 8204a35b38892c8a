using DeFarm.Domain.Users;

namespace DeFarm.Application.Common.Interfaces.Persistence;

public interface ICreditTransactionRepository
{
    void Add(CreditTransaction transaction);

    /// <summary>The user's newest transactions first.</summary>
    Task<IReadOnlyList<CreditTransaction>> ListRecentAsync(string userId, int limit, CancellationToken cancellationToken);

    /// <summary>What the user was charged for the operation, if anything.</summary>
    Task<CreditTransaction?> FindConsumptionAsync(string userId, string operationId, CancellationToken cancellationToken);
}
