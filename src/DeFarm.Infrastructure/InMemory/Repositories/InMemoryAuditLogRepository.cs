using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Audit;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryAuditLogRepository(InMemoryUnitOfWork unitOfWork) : IAuditLogRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<AuditEntry?> GetHeadAsync(string chain, CancellationToken cancellationToken) =>
        Task.FromResult(Database.Query(Database.AuditLog, rows => rows
            .Where(e => e.Chain == chain)
            .OrderByDescending(e => e.Sequence)
            .Take(1)).SingleOrDefault());

    public Task<IReadOnlyList<AuditEntry>> ListNewestAsync(string? chain, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<AuditEntry> newest = Database.Query(Database.AuditLog, rows => (chain is null
                ? rows.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Sequence)
                : rows.Where(e => e.Chain == chain).OrderByDescending(e => e.Sequence))
            .Take(limit));
        return Task.FromResult(newest);
    }

    public void Add(AuditEntry entry) => unitOfWork.Insert(Database.AuditLog, entry);
}
