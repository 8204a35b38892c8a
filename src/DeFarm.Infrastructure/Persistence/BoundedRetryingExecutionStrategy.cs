using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>
/// Npgsql's retrying strategy with a time budget: a transient failure is retried only while the request has
/// spent less than the budget, so a database outage answers 503 within seconds instead of holding the caller
/// for EF's default 6 retries of up to 30 s each.
/// </summary>
internal sealed class BoundedRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies, TimeSpan budget)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromMilliseconds(500), errorCodesToAdd: null)
{
    private readonly Stopwatch _elapsed = new();

    protected override void OnFirstExecution()
    {
        base.OnFirstExecution();
        _elapsed.Restart();
    }

    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var delay = base.GetNextDelay(lastException);
        return delay is { } wait && _elapsed.Elapsed + wait < budget ? wait : null;
    }
}
