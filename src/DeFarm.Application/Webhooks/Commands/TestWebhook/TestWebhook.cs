using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Webhooks;
using Mediator;

namespace DeFarm.Application.Webhooks.Commands.TestWebhook;

/// <summary>
/// Sends a test payload to a webhook now (ManagePermissions), whether or not it or the post actions are enabled,
/// and records it as a delivery of one attempt, never retried. The original answered without sending anything.
/// </summary>
public sealed record TestWebhookCommand(string CircuitId, string WebhookId) : ICommand<WebhookTestResponse>;

internal sealed class TestWebhookCommandHandler(
    PostActionLoader loader, IWebhookDeliveryRepository deliveries, WebhookDispatcher dispatcher, TimeProvider clock)
    : ICommandHandler<TestWebhookCommand, WebhookTestResponse>
{
    public async ValueTask<WebhookTestResponse> Handle(TestWebhookCommand command, CancellationToken cancellationToken)
    {
        var (circuit, webhook) = await loader.LoadWebhookAsync(command.CircuitId, command.WebhookId, cancellationToken);
        var now = clock.GetUtcNow();
        var delivery = WebhookDelivery.Enqueue(
            circuit.Id, webhook.Id, WebhookWireNames.TestEvent, operationId: null,
            WebhookPayloads.ForTest(circuit, webhook, now), now);
        await dispatcher.AttemptAsync(delivery, webhook, WebhookRetryPolicy.NoRetries, cancellationToken);
        deliveries.Add(delivery);

        var delivered = delivery.Status == WebhookDeliveryStatus.Delivered;
        return new WebhookTestResponse(
            delivered,
            delivered ? "Webhook test delivered" : $"Webhook test failed: {delivery.LastError}",
            new WebhookSummary(webhook.Id, webhook.Name, webhook.Url),
            WebhookDeliveryResponse.From(delivery));
    }
}
