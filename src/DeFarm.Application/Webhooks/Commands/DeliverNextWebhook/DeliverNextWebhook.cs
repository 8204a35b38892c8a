using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Common.Settings;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Webhooks;
using Mediator;

namespace DeFarm.Application.Webhooks.Commands.DeliverNextWebhook;

/// <summary>
/// The delivery workers' step: claims the delivery due longest (no other worker takes it meanwhile), makes one
/// attempt and records it — a success for good, a failure with its next attempt or, its retries spent, as failed.
/// A delivery whose webhook was removed or disabled, or whose circuit turned post actions off, is cancelled
/// unsent. Answers the delivery, or <c>null</c> when nothing was due.
/// </summary>
public sealed record DeliverNextWebhookCommand : ICommand<WebhookDeliveryResponse?>;

internal sealed class DeliverNextWebhookCommandHandler(
    IWebhookDeliveryRepository deliveries,
    ICircuitRepository circuits,
    WebhookDispatcher dispatcher,
    WebhookSettings settings,
    TimeProvider clock) : ICommandHandler<DeliverNextWebhookCommand, WebhookDeliveryResponse?>
{
    public async ValueTask<WebhookDeliveryResponse?> Handle(DeliverNextWebhookCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await deliveries.ClaimNextDueAsync(now, now + settings.ClaimLease, cancellationToken) is not { } deliveryId
            || await deliveries.GetByIdAsync(deliveryId, cancellationToken) is not { IsPending: true } delivery)
        {
            return null;
        }

        var circuit = await circuits.GetByIdAsync(delivery.CircuitId, cancellationToken);
        var webhook = circuit?.WebhookById(delivery.WebhookId);
        if (ReasonNotToSend(circuit, webhook) is { } reason)
        {
            delivery.Cancel(reason);
        }
        else
        {
            await dispatcher.AttemptAsync(delivery, webhook!, webhook!.RetryPolicy, cancellationToken);
        }

        return WebhookDeliveryResponse.From(delivery);
    }

    private static string? ReasonNotToSend(Circuit? circuit, Webhook? webhook) => (circuit, webhook) switch
    {
        (_, null) => "The webhook was removed",
        (_, { Enabled: false }) => "The webhook is disabled",
        ({ PostActionSettings.Enabled: false }, _) => "The circuit's post actions are disabled",
        _ => null,
    };
}
