using Microsoft.Extensions.Logging;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>One <c>SaveChanges</c> per command: EF Core wraps all its statements in a single transaction.</summary>
internal sealed class EfUnitOfWork(DeFarmDbContext db, ILogger<EfUnitOfWork> logger) : UnitOfWorkBase(logger)
{
    protected override Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
