using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfCreditTransactionRepository(DeFarmDbContext db) : ICreditTransactionRepository
{
    public void Add(CreditTransaction transaction) => db.CreditTransactions.Add(transaction);

    public async Task<IReadOnlyList<CreditTransaction>> ListRecentAsync(
        string userId, int limit, CancellationToken cancellationToken) =>
        await db.CreditTransactions.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderByDescending(t => t.Timestamp)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public Task<CreditTransaction?> FindConsumptionAsync(
        string userId, string operationId, CancellationToken cancellationToken) =>
        db.CreditTransactions.AsNoTracking()
            .FirstOrDefaultAsync(
                t => t.UserId == userId && t.OperationId == operationId && t.Type == CreditTransactionType.Consumption,
                cancellationToken);
}
