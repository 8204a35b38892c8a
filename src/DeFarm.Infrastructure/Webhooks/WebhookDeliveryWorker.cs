using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Settings;
using DeFarm.Application.Webhooks.Commands.DeliverNextWebhook;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DeFarm.Infrastructure.Webhooks;

/// <summary>
/// Sends the webhook outbox: <see cref="WebhookSettings.Concurrency"/> loops each deliver due deliveries one at a
/// time until none is due, then wait for a wake-up (a commit that wrote deliveries) or the poll interval. The
/// claim of each delivery keeps loops of this and other instances apart. Off with <c>Webhooks:WorkerEnabled=false</c>.
/// </summary>
internal sealed partial class WebhookDeliveryWorker(
    IServiceScopeFactory scopes,
    IDatabaseStatus database,
    WebhookDeliverySignal signal,
    WebhookSettings settings,
    ILogger<WebhookDeliveryWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        settings.WorkerEnabled
            ? Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => RunAsync(stoppingToken)))
            : Task.CompletedTask;

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.NextWake;
            if (database.IsAvailable)
            {
                await DeliverWhileDueAsync(stoppingToken);
            }

            // A wake-up, the poll interval (deliveries become due by time, and other instances write them) or shutdown,
            // whichever comes first. Suppressing the timeout's exception keeps an idle poll from throwing one.
            await wake.WaitAsync(settings.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task DeliverWhileDueAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await using var scope = scopes.CreateAsyncScope();
                var delivery = await scope.ServiceProvider.GetRequiredService<ISender>()
                    .Send(new DeliverNextWebhookCommand(), stoppingToken);
                if (delivery is null)
                {
                    return;
                }

                LogAttempt(logger, delivery.Id, delivery.EventType, delivery.Status.ToString(), delivery.AttemptCount);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a claimed delivery is taken again once its claim lapses.
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} ({EventType}): {Status} after {Attempts} attempt(s)")]
    private static partial void LogAttempt(ILogger logger, Guid deliveryId, string eventType, string status, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook delivery step failed; it is tried again after its claim lapses")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
