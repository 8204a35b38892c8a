using DeFarm.Domain.Webhooks;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>The webhook outbox: deliveries written with the change that caused them, taken by delivery workers.</summary>
public interface IWebhookDeliveryRepository
{
    void Add(WebhookDelivery delivery);

    /// <summary>The delivery with its attempts, tracked for change.</summary>
    Task<WebhookDelivery?> GetByIdAsync(Guid deliveryId, CancellationToken cancellationToken);

    /// <summary>A circuit's deliveries with their attempts, newest first (then by id), read-only.</summary>
    Task<IReadOnlyList<WebhookDelivery>> ListForCircuitAsync(Guid circuitId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the pending delivery that has been due longest and moves its next attempt to
    /// <paramref name="leaseUntil"/>, so no other worker — in this or another instance — takes it meanwhile. The
    /// claim is committed at once, outside the unit of work, and never waits for a delivery another worker is
    /// claiming; <c>null</c> when nothing is due.
    /// </summary>
    Task<Guid?> ClaimNextDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken);
}
