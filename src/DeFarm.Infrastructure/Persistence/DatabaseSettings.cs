using Microsoft.Extensions.Configuration;
using Npgsql;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section: pool size, timeouts, start-up migration and reconnection.</summary>
public sealed record DatabaseSettings
{
    public int MaxPoolSize { get; init; } = 16;
    public int ConnectTimeoutSeconds { get; init; } = 3;
    public int CommandTimeoutSeconds { get; init; } = 5;
    public bool MigrateOnStartup { get; init; } = true;
    public double ReconnectIntervalSeconds { get; init; } = 2;

    /// <summary>
    /// How many statements each connection keeps prepared (Npgsql auto-prepare, after 5 uses): a hot query is
    /// then parsed and planned once per connection instead of on every request. 0 turns it off.
    /// </summary>
    public int MaxAutoPrepare { get; init; } = 64;

    /// <summary>The longest a request may spend retrying transient database failures.</summary>
    public double RetryBudgetSeconds { get; init; } = 5;

    public static DatabaseSettings From(IConfiguration configuration) =>
        configuration.GetSection("Database").Get<DatabaseSettings>() ?? new DatabaseSettings();

    /// <summary>
    /// The connection string with this section's pool size, timeouts and auto-prepare applied, and without the
    /// session reset on every return to the pool. EF Core opens and closes the connection around each query, and
    /// each reuse sent PostgreSQL a reset batch (<c>RESET ALL</c>, <c>pg_advisory_unlock_all()</c>,
    /// <c>DISCARD</c>…) that cost more than the lookup it preceded. The API keeps no session state: it sets no
    /// session settings, listens to nothing, and releases its advisory locks itself before a connection goes back
    /// (<c>EfUnitOfWork</c>); an unfinished transaction is still rolled back by Npgsql on close (ADR-011).
    /// </summary>
    public string Apply(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString)
    {
        MaxPoolSize = MaxPoolSize,
        Timeout = ConnectTimeoutSeconds,
        CommandTimeout = CommandTimeoutSeconds,
        MaxAutoPrepare = MaxAutoPrepare,
        NoResetOnClose = true,
    }.ConnectionString;
}
