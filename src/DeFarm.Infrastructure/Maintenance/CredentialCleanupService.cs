using DeFarm.Application.Auth.Commands.PurgeExpiredCredentials;
using DeFarm.Application.Common.Interfaces;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeFarm.Infrastructure.Maintenance;

/// <summary>
/// Hourly: deletes used or expired password-reset tokens, revocations of expired access tokens and finished
/// sign-in sessions.
/// </summary>
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
                LogPurged(logger, purged.ResetTokens, purged.Revocations, purged.Sessions);
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

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Purged {ResetTokens} reset tokens, {Revocations} token revocations and {Sessions} finished sessions")]
    private static partial void LogPurged(ILogger logger, int resetTokens, int revocations, int sessions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Credential clean-up failed; will retry next hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
