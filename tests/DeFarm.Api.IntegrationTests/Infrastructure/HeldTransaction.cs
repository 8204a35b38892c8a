using Npgsql;

namespace DeFarm.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A transaction the test keeps open on its own connection, to make a race deterministic: requests that need a
/// row it locked or changed (or a unique key it inserted) wait for it, the test sees them waiting, then commits.
/// </summary>
public sealed class HeldTransaction : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private HeldTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        (_connection, _transaction) = (connection, transaction);

    /// <summary>Begins a transaction on the test database and runs <paramref name="sql"/> in it (e.g. <c>SELECT … FOR UPDATE</c>).</summary>
    public static async Task<HeldTransaction> BeginAsync(string sql, params NpgsqlParameter[] parameters)
    {
        var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        var held = new HeldTransaction(connection, await connection.BeginTransactionAsync());
        await held.ExecuteAsync(sql, parameters);
        return held;
    }

    public async Task ExecuteAsync(string sql, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, _connection, _transaction);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Waits until <paramref name="sessions"/> other sessions of the test database wait for a lock (this
    /// transaction's, or one held by a session that waits for it): by then each racing request has done its
    /// reads and reached a write that waits.
    /// </summary>
    public static async Task WaitForLockWaitersAsync(int sessions)
    {
        // A connection of its own: pg_stat_activity is read once per transaction, and the held one must not move.
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
            connection);
        await Eventually.HoldsAsync(
            async () => (long)(await waiting.ExecuteScalarAsync())! >= sessions,
            TimeSpan.FromSeconds(15), $"{sessions} sessions waiting for a lock");
    }

    public Task CommitAsync() => _transaction.CommitAsync();

    /// <summary>Rolls back whatever was not committed, so a failed test never leaves requests waiting.</summary>
    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
