using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;
using DeFarm.Domain.Storage;
using DeFarm.Domain.Webhooks;

namespace DeFarm.Application.Webhooks;

/// <summary>
/// Writes the deliveries a completed push owes the circuit's webhooks, in the push's own unit of work: they are
/// committed with it or not at all, and the delivery workers send them afterwards (after the commit, this
/// instance's workers are woken at once).
/// </summary>
internal sealed class WebhookOutbox(
    IWebhookDeliveryRepository deliveries, IUnitOfWork unitOfWork, IWebhookDeliverySignal signal)
{
    /// <summary>
    /// One delivery per trigger and webhook listening to it: each trigger has its payload, shared by its
    /// webhooks (each signs it with its own secret when it is sent).
    /// </summary>
    public void PushCompleted(
        Circuit circuit, CircuitOperation operation, Item item, StorageRecord? storage,
        IEnumerable<WebhookTrigger> triggers, DateTimeOffset now)
    {
        if (circuit.PostActionSettings is not { } settings)
        {
            return;
        }

        var written = 0;
        foreach (var trigger in triggers)
        {
            var webhooks = circuit.WebhooksFiredBy(trigger).ToList();
            if (webhooks.Count == 0)
            {
                continue;
            }

            var payload = WebhookPayloads.ForPush(trigger, circuit, operation, item, storage, settings, now);
            foreach (var webhook in webhooks)
            {
                deliveries.Add(WebhookDelivery.Enqueue(
                    circuit.Id, webhook.Id, WebhookWireNames.Of(trigger), operation.OperationId, payload, now));
                written++;
            }
        }

        if (written > 0)
        {
            unitOfWork.AfterCommit(_ =>
            {
                signal.Wake();
                return Task.CompletedTask;
            });
        }
    }
}
