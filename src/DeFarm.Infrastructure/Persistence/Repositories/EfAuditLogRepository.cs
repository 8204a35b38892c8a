using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfAuditLogRepository(DeFarmDbContext db) : IAuditLogRepository
{
    public Task<AuditEntry?> GetHeadAsync(string chain, CancellationToken cancellationToken) =>
        db.AuditLog.AsNoTracking()
            .Where(e => e.Chain == chain)
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<AuditEntry>> ListNewestAsync(
        string? chain, int limit, CancellationToken cancellationToken)
    {
        var entries = db.AuditLog.AsNoTracking();
        var newest = chain is null
            ? entries.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Sequence)
            : entries.Where(e => e.Chain == chain).OrderByDescending(e => e.Sequence);
        return await newest.Take(limit).ToListAsync(cancellationToken);
    }

    public void Add(AuditEntry entry) => db.AuditLog.Add(entry);
}
