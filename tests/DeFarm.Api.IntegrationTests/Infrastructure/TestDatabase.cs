using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace DeFarm.Api.IntegrationTests;

/// <summary>
/// Once per test run: finds the test PostgreSQL (DEFARM_TEST_CONNECTION, else the PG* variables that
/// scripts/test.sh exports), applies the migrations, which also tests them, prepares a Respawner and starts the
/// API host the HTTP tests share.
/// </summary>
[SetUpFixture]
public sealed class TestDatabase
{
    private static Respawner? _respawner;
    private static DeFarmApiFactory? _api;

    public static string ConnectionString { get; private set; } = string.Empty;

    public static DeFarmApiFactory Api => _api ?? throw new InvalidOperationException("The test database is not set up.");

    [OneTimeSetUp]
    public async Task SetUpAsync()
    {
        ConnectionString = await ResolveConnectionStringAsync();
        await MigrateAsync(ConnectionString);

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = [new Table("__EFMigrationsHistory")],
        });
        _api = new DeFarmApiFactory(ConnectionString);
        _api.CreateClient().Dispose(); // starts the host once, before the first test
    }

    [OneTimeTearDown]
    public async Task TearDownAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
    }

    /// <summary>Empties every table except the migration history.</summary>
    public static async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
    }

    /// <summary>
    /// A new, migrated database beside the shared one, for a test that needs tables no other test has touched.
    /// Drop it with <see cref="DropDatabaseAsync"/>.
    /// </summary>
    /// <returns>Its connection string.</returns>
    public static async Task<string> CreateMigratedDatabaseAsync(string name)
    {
        await ExecuteAsync($"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
        await MigrateAsync(connectionString);
        return connectionString;
    }

    public static Task DropDatabaseAsync(string name) => ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    public static DeFarmDbContext CreateDbContext(string connectionString) => new(
        new DbContextOptionsBuilder<DeFarmDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options);

    private static async Task MigrateAsync(string connectionString)
    {
        await using var db = CreateDbContext(connectionString);
        await db.Database.MigrateAsync();
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ResolveConnectionStringAsync()
    {
        var explicitConnection = Environment.GetEnvironmentVariable("DEFARM_TEST_CONNECTION");
        if (!string.IsNullOrWhiteSpace(explicitConnection))
        {
            return explicitConnection;
        }

        var host = Environment.GetEnvironmentVariable("PGHOST");
        if (string.IsNullOrWhiteSpace(host))
        {
            throw new InvalidOperationException(
                "No test database: run scripts/test.sh, or set DEFARM_TEST_CONNECTION to a PostgreSQL connection string.");
        }

        // Npgsql does not read PGHOST, PGPORT or PGDATABASE itself, so the string is built from them here.
        var server = new NpgsqlConnectionStringBuilder
        {
            Host = host,
            Port = int.TryParse(Environment.GetEnvironmentVariable("PGPORT"), out var port) ? port : 5432,
            Username = Environment.GetEnvironmentVariable("PGUSER"),
            Password = Environment.GetEnvironmentVariable("PGPASSWORD"),
            Database = Environment.GetEnvironmentVariable("PGDATABASE") ?? "postgres",
        };
        const string testDatabase = "defarm_tests";
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", testDatabase);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {testDatabase}", connection);
                await create.ExecuteNonQueryAsync();
            }
        }

        server.Database = testDatabase;
        return server.ConnectionString;
    }
}
