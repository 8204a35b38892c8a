using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Users.Commands.SeedDemoUsers;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>
/// Brings the PostgreSQL store up and keeps it up: connect, migrate (EF's migration lock makes concurrent
/// instances safe), seed, then probe; after any failure it retries every few seconds, so the API recovers
/// from an outage without a restart. The first attempt runs during start-up so a healthy database is ready
/// before the first request.
/// </summary>
internal sealed partial class DatabaseConnectivityService(
    IServiceScopeFactory scopes,
    DatabaseAvailability availability,
    DatabaseSettings settings,
    ILogger<DatabaseConnectivityService> logger) : BackgroundService
{
    private TimeSpan Interval => TimeSpan.FromSeconds(settings.ReconnectIntervalSeconds);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await ConnectAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await availability.WaitForFailureAsync(Interval, stoppingToken);
                if (availability.State == DatabaseState.Connected)
                {
                    await ProbeAsync(stoppingToken);
                }
                else
                {
                    await ConnectAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (availability.State == DatabaseState.Failed)
        {
            // Connections pooled before an outage are dead; drop them rather than fail a request on each.
            NpgsqlConnection.ClearAllPools();
        }
        else
        {
            availability.MarkConnecting();
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DeFarmDbContext>();
            if (settings.MigrateOnStartup)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            else
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
            }

            var seeded = await scope.ServiceProvider.GetRequiredService<ISender>()
                .Send(new SeedDemoUsersCommand(), cancellationToken);
            availability.MarkConnected();
            LogConnected(logger, seeded);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            availability.MarkFailed(exception.GetBaseException().Message);
            LogConnectFailed(logger, exception.GetBaseException().Message, Interval.TotalSeconds);
        }
    }

    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DeFarmDbContext>();
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            availability.MarkFailed(exception.GetBaseException().Message);
            LogConnectionLost(logger, exception.GetBaseException().Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL is ready (migrations applied, {Seeded} demo users seeded)")]
    private static partial void LogConnected(ILogger logger, int seeded);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL unreachable ({Reason}); data requests answer 503, retrying every {Seconds} s")]
    private static partial void LogConnectFailed(ILogger logger, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the PostgreSQL connection ({Reason}); reconnecting")]
    private static partial void LogConnectionLost(ILogger logger, string reason);
}
