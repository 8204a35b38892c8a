using Microsoft.Extensions.Configuration;
using Npgsql;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>
/// Decides which store serves the process. <c>Persistence:Provider</c> is Auto (default), Postgres or InMemory;
/// Auto picks PostgreSQL when a connection string is configured (<c>ConnectionStrings:DeFarm</c>, else
/// <c>DATABASE_URL</c>) and the in-memory store otherwise.
/// </summary>
public sealed record PersistenceConfiguration(PersistenceProvider Provider, string? ConnectionString)
{
    public static PersistenceConfiguration From(IConfiguration configuration)
    {
        var configured = configuration["Persistence:Provider"];
        if (!Enum.TryParse<PersistenceProvider>(configured ?? nameof(PersistenceProvider.Auto), true, out var provider)
            || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException(
                $"Persistence:Provider '{configured}' is not one of Auto, Postgres, InMemory.");
        }

        var connectionString = ConnectionStringFrom(configuration);
        return provider switch
        {
            PersistenceProvider.InMemory => new(provider, null),
            PersistenceProvider.Postgres when connectionString is null => throw new InvalidOperationException(
                "Persistence:Provider is Postgres but neither ConnectionStrings:DeFarm nor DATABASE_URL is set."),
            PersistenceProvider.Postgres => new(provider, connectionString),
            _ => connectionString is null
                ? new(PersistenceProvider.InMemory, null)
                : new(PersistenceProvider.Postgres, connectionString),
        };
    }

    private static string? ConnectionStringFrom(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("DeFarm");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString;
        }

        var databaseUrl = configuration["DATABASE_URL"];
        return string.IsNullOrWhiteSpace(databaseUrl) ? null : FromDatabaseUrl(databaseUrl);
    }

    /// <summary>Converts <c>postgresql://user:pass@host:port/db?sslmode=require</c> to an Npgsql connection string.</summary>
    public static string FromDatabaseUrl(string databaseUrl)
    {
        if (!Uri.TryCreate(databaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            throw new InvalidOperationException(
                "DATABASE_URL must look like postgresql://user:password@host:port/database.");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }

        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        var sslMode = System.Web.HttpUtility.ParseQueryString(uri.Query)["sslmode"];
        if (sslMode is not null && Enum.TryParse<SslMode>(sslMode.Replace("-", string.Empty), true, out var mode))
        {
            builder.SslMode = mode;
        }

        return builder.ConnectionString;
    }
}
