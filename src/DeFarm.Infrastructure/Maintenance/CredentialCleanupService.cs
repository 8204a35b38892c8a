using DeFarm.Application.Auth.Commands.PurgeExpiredCredentials;
using DeFarm.Application.Common.Interfaces;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeFarm.Infrastructure.Maintenance;

/// <summary>Hourly: deletes used or expired password-reset tokens and revocations of expired access tokens.</summary>
internal sealed partial class CredentialCleanupService(
    IServiceScopeFactory scopes,
    IDatabaseStatus database,
    ILogger<CredentialCleanupService> logger) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        while (await NextTickAsync(timer, stoppingToken))
        {
            if (!database.IsAvailable)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var purged = await scope.ServiceProvider.GetRequiredService<ISender>()
                    .Send(new PurgeExpiredCredentialsCommand(), stoppingToken);
                LogPurged(logger, purged.ResetTokens, purged.Revocations);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {ResetTokens} reset tokens and {Revocations} token revocations")]
    private static partial void LogPurged(ILogger logger, int resetTokens, int revocations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Credential clean-up failed; will retry next hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
