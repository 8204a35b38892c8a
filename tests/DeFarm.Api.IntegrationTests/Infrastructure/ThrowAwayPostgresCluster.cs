using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DeFarm.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A private PostgreSQL cluster in a temporary directory, for tests that stop and start the database under a
/// running API. Uses the server binaries that scripts/test.sh installs (Debian's postgresql package); as root
/// it runs them as the <c>postgres</c> user, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class ThrowAwayPostgresCluster : IAsyncDisposable
{
    private readonly string _binDirectory;
    private readonly string _directory;
    private readonly int _port;

    private ThrowAwayPostgresCluster(string binDirectory, string directory, int port)
    {
        _binDirectory = binDirectory;
        _directory = directory;
        _port = port;
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = _port,
        Username = "postgres",
        Database = "postgres",
    }.ConnectionString;

    private string DataDirectory => Path.Combine(_directory, "data");

    /// <summary>Initialises a new cluster on a free port; it is not started yet.</summary>
    public static async Task<ThrowAwayPostgresCluster> CreateAsync()
    {
        var binDirectory = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => bin, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;
        if (binDirectory is null)
        {
            throw new InvalidOperationException(
                "PostgreSQL server binaries not found under /usr/lib/postgresql; run scripts/test.sh, which installs them.");
        }

        var directory = Path.Combine(Path.GetTempPath(), $"defarm-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var cluster = new ThrowAwayPostgresCluster(binDirectory, directory, FreePort());
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", $"postgres {directory}");
        }

        await cluster.PgAsync("initdb", $"-D {cluster.DataDirectory} -A trust -U postgres --no-sync");
        return cluster;
    }

    public Task StartAsync() => PgAsync(
        "pg_ctl",
        $"-D {DataDirectory} -w -t 30 -l {Path.Combine(_directory, "log")} "
        + $"-o \"-p {_port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off\" start");

    public Task StopAsync() => PgAsync("pg_ctl", $"-D {DataDirectory} -w -m fast stop");

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await StopAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private Task PgAsync(string tool, string arguments)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return Environment.UserName == "root"
            ? RunAsync("runuser", $"-u postgres -- {executable} {arguments}")
            : RunAsync(executable, arguments);
    }

    private static async Task RunAsync(string fileName, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {arguments} exited with {process.ExitCode}: {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
