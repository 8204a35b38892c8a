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

    /// <summary>The connection string with this section's pool size, timeouts and auto-prepare applied.</summary>
    public string Apply(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString)
    {
        MaxPoolSize = MaxPoolSize,
        Timeout = ConnectTimeoutSeconds,
        CommandTimeout = CommandTimeoutSeconds,
        MaxAutoPrepare = MaxAutoPrepare,
    }.ConnectionString;
}
