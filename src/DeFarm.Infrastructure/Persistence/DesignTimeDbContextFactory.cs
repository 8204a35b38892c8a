using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the API (DATABASE_URL or a local default).</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DeFarmDbContext>
{
    public DeFarmDbContext CreateDbContext(string[] args)
    {
        var databaseUrl = Environment.GetEnvironmentVariable("DATABASE_URL");
        var connectionString = string.IsNullOrWhiteSpace(databaseUrl)
            ? "Host=localhost;Database=defarm;Username=postgres"
            : PersistenceConfiguration.FromDatabaseUrl(databaseUrl);
        var options = new DbContextOptionsBuilder<DeFarmDbContext>()
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .Options;
        return new DeFarmDbContext(options);
    }
}
