using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryCreditTransactionRepository(InMemoryUnitOfWork unitOfWork) : ICreditTransactionRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public void Add(CreditTransaction transaction) => unitOfWork.Insert(Database.CreditTransactions, transaction);

    public Task<IReadOnlyList<CreditTransaction>> ListRecentAsync(
        string userId, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CreditTransaction>>(Database.Query(
            Database.CreditTransactions,
            rows => rows.Where(t => t.UserId == userId).OrderByDescending(t => t.Timestamp).Take(limit)));

    public Task<CreditTransaction?> FindConsumptionAsync(
        string userId, string operationId, CancellationToken cancellationToken) =>
        Task.FromResult(Database.Query(
            Database.CreditTransactions,
            rows => rows.Where(t =>
                t.UserId == userId && t.OperationId == operationId && t.Type == CreditTransactionType.Consumption))
            .FirstOrDefault());
}
