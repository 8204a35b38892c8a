using DeFarm.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace DeFarm.Api.IntegrationTests.Configuration;

public sealed class PersistenceConfigurationTests
{
    [Test]
    public void ShouldUseMemoryWhenNothingIsConfigured()
    {
        var persistence = PersistenceConfiguration.From(Settings());

        persistence.Provider.ShouldBe(PersistenceProvider.InMemory);
        persistence.ConnectionString.ShouldBeNull();
    }

    [Test]
    public void ShouldPickPostgresAutomaticallyFromDatabaseUrl()
    {
        var persistence = PersistenceConfiguration.From(Settings(("DATABASE_URL", "postgresql://u:p@db.example:6543/farm")));

        persistence.Provider.ShouldBe(PersistenceProvider.Postgres);
        var connection = new NpgsqlConnectionStringBuilder(persistence.ConnectionString);
        (connection.Host, connection.Port, connection.Database, connection.Username, connection.Password)
            .ShouldBe(("db.example", 6543, "farm", "u", "p"));
    }

    [Test]
    public void ShouldPreferTheNamedConnectionStringOverDatabaseUrl()
    {
        var persistence = PersistenceConfiguration.From(Settings(
            ("ConnectionStrings:DeFarm", "Host=primary;Database=a"),
            ("DATABASE_URL", "postgresql://u:p@other/b")));

        new NpgsqlConnectionStringBuilder(persistence.ConnectionString).Host.ShouldBe("primary");
    }

    [Test]
    public void ShouldDecodeEscapedCredentialsDefaultPortAndSslMode()
    {
        var connection = new NpgsqlConnectionStringBuilder(
            PersistenceConfiguration.FromDatabaseUrl("postgres://farmer:p%40ss%3Aword@db/defarm?sslmode=require"));

        connection.Password.ShouldBe("p@ss:word");
        connection.Port.ShouldBe(5432);
        connection.SslMode.ShouldBe(SslMode.Require);
    }

    [Test]
    public void ShouldKeepMemoryWhenForcedEvenWithAConnectionString()
    {
        var persistence = PersistenceConfiguration.From(Settings(
            ("Persistence:Provider", "InMemory"), ("DATABASE_URL", "postgresql://u:p@db/x")));

        persistence.Provider.ShouldBe(PersistenceProvider.InMemory);
    }

    [TestCase("Postgres", null)]
    [TestCase("Oracle", "postgresql://u:p@db/x")]
    [TestCase("Auto", "mysql://u:p@db/x")]
    public void ShouldFailFastOnAnInvalidConfiguration(string provider, string? databaseUrl)
    {
        Should.Throw<InvalidOperationException>(() =>
            PersistenceConfiguration.From(Settings(("Persistence:Provider", provider), ("DATABASE_URL", databaseUrl))));
    }

    [Test]
    public void ShouldApplyPoolSizeAndTimeoutsFromTheDatabaseSection()
    {
        var applied = new NpgsqlConnectionStringBuilder(new DatabaseSettings().Apply("Host=db;Database=x"));

        (applied.MaxPoolSize, applied.Timeout, applied.CommandTimeout).ShouldBe((16, 3, 5));
        applied.NoResetOnClose.ShouldBeTrue("the API keeps no session state; the reset cost more than a lookup");
    }

    private static IConfiguration Settings(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
