using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>
/// One <c>SaveChanges</c> per command: EF Core wraps all its statements in a single transaction. Failures leave
/// as the same application exceptions the in-memory store throws (409 for a duplicate or a stale update).
/// Locks are session-level advisory locks, so they outlive the statements before the commit; the connection stays
/// open while they are held and they are released explicitly, because a pooled connection would keep them.
/// </summary>
internal sealed class EfUnitOfWork(
    DeFarmDbContext db, PostgresExceptionTranslator translator, ILogger<EfUnitOfWork> logger) : UnitOfWorkBase(logger)
{
    private bool _holdsLocks;

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

    protected override async Task AcquireLocksAsync(IReadOnlyList<long> orderedLockIds, CancellationToken cancellationToken)
    {
        if (!_holdsLocks)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            _holdsLocks = true;
        }

        // unnest keeps the array's order, so the locks are taken in ascending order.
        await db.Database.ExecuteSqlRawAsync(
            "SELECT count(pg_advisory_lock(id)) FROM unnest(@ids) AS id",
            [new NpgsqlParameter<long[]>("ids", orderedLockIds.ToArray())],
            cancellationToken);
    }

    protected override async Task ReleaseLocksAsync()
    {
        if (!_holdsLocks)
        {
            return;
        }

        _holdsLocks = false;
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock_all()");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
