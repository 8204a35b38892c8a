using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>
/// One <c>SaveChanges</c> per command: EF Core wraps all its statements in a single transaction. Failures leave
/// as the same application exceptions the in-memory store throws (409 for a duplicate or a stale update).
/// </summary>
internal sealed class EfUnitOfWork(
    DeFarmDbContext db, PostgresExceptionTranslator translator, ILogger<EfUnitOfWork> logger) : UnitOfWorkBase(logger)
{
    protected override async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (translator.Translate(exception) is { } translated)
        {
            throw translated;
        }
    }

    protected override void DiscardChanges() => db.ChangeTracker.Clear();
}
